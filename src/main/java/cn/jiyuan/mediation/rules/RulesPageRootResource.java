package cn.jiyuan.mediation.rules;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The plugin's root: {@code plugin/mediation-rules/{engineName}/…}. */
@Path("plugin/" + RulesPlugin.ID)
public class RulesPageRootResource extends AbstractCockpitPluginRootResource {

    public RulesPageRootResource() {
        super(RulesPlugin.ID);
    }

    @Path("{engineName}")
    public RulesPageResource rules(@PathParam("engineName") String engineName) {
        // JAX-RS, not Spring, creates this resource: the platform's services come from the application context
        WebApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new RulesPageResource(engineName, context.getBean(RuleVersions.class),
                context.getBean(RuleAccess.class), context.getBean(ObjectMapper.class)), engineName);
    }
}
