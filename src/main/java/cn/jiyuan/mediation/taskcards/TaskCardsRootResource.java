package cn.jiyuan.mediation.taskcards;

import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The plugin's root: {@code plugin/task-cards/{engineName}/cards}. */
@Path("plugin/" + TaskCardsPlugin.ID)
public class TaskCardsRootResource extends AbstractTasklistPluginRootResource {

    public TaskCardsRootResource() {
        super(TaskCardsPlugin.ID);
    }

    @Path("{engineName}/cards")
    public TaskCardsResource cards(@PathParam("engineName") String engineName) {
        // JAX-RS, not Spring, creates this resource: the platform's service comes from the application context
        TaskCards cards = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(TaskCards.class);
        return subResource(new TaskCardsResource(engineName, cards), engineName);
    }
}
