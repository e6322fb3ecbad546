package cn.jiyuan.mediation.dashboard;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The plugin's root: {@code plugin/mediation-dashboard/{engineName}/…}. */
@Path("plugin/" + DashboardPlugin.ID)
public class DashboardRootResource extends AbstractCockpitPluginRootResource {

    public DashboardRootResource() {
        super(DashboardPlugin.ID);
    }

    @Path("{engineName}")
    public DashboardResource dashboard(@PathParam("engineName") String engineName) {
        // JAX-RS, not Spring, creates this resource: the platform's service comes from the application context
        Dashboard dashboard = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(Dashboard.class);
        return subResource(new DashboardResource(engineName, dashboard), engineName);
    }
}
