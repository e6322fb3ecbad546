package cn.jiyuan.mediation.taskcards;

import java.util.List;

import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET …/cards?taskId=…&taskId=…}: the cards of the given tasks the logged-in user may see. */
public class TaskCardsResource extends AbstractTasklistPluginResource {

    private final TaskCards cards;

    public TaskCardsResource(String engineName, TaskCards cards) {
        super(engineName);
        this.cards = cards;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public List<TaskCard> cards(@QueryParam("taskId") List<String> taskIds) {
        Authentications session = Authentications.getCurrent();
        UserAuthentication user = session != null
                && session.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u ? u : null;
        if (user == null || user.getIdentityId() == null) {
            throw new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity("请先登录").build());
        }
        return cards.cards(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds(),
                user.getTenantIds() == null ? List.of() : user.getTenantIds(), taskIds == null ? List.of() : taskIds);
    }
}
