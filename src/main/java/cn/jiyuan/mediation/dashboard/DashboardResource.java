package cn.jiyuan.mediation.dashboard;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The dashboard's data for the user logged in to Cockpit (the webapp session; 401 请先登录 without one):
 * <ul>
 * <li>{@code GET …/towns}: the towns the user may pick ({@link Dashboard.Towns}).</li>
 * <li>{@code GET …/overview?from=&to=&townCode=}: the statistics overview of the cases the user handles or
 * supervises ({@link cn.jiyuan.mediation.statistics.Overview}, the shape of {@code GET /api/statistics/overview});
 * 400 with the bad parameters named in Chinese, 403 for a town the user may not pick.</li>
 * <li>{@code GET …/alerts?townCode=}: the active alerts of situational awareness the user may see (the shape of
 * {@code GET /api/awareness/alerts}); 403 for a town the user may not pick.</li>
 * </ul>
 * Both are JSON written by the application's own mapper (ISO dates, as the platform's API).
 */
public class DashboardResource extends AbstractCockpitPluginResource {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8");

    private final Dashboard dashboard;

    public DashboardResource(String engineName, Dashboard dashboard) {
        super(engineName);
        this.dashboard = dashboard;
    }

    @GET
    @Path("towns")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response towns() {
        return json(dashboard.towns(user()));
    }

    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response overview(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("townCode") String townCode) {
        AuthenticatedUser user = user();
        try {
            return json(dashboard.overview(user, from, to, townCode));
        } catch (InvalidRequestException e) {
            List<Map<String, String>> errors = e.errors().stream()
                    .map(f -> Map.of("field", f.field(), "message", f.message())).toList();
            throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST).type(JSON)
                    .entity(dashboard.write(Map.of("message", "查询条件有误", "errors", errors))).build());
        } catch (ForbiddenException e) {
            throw new WebApplicationException(Response.status(Response.Status.FORBIDDEN).type(TEXT)
                    .entity(e.getMessage()).build());
        }
    }

    @GET
    @Path("alerts")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response alerts(@QueryParam("townCode") String townCode) {
        AuthenticatedUser user = user();
        try {
            return json(dashboard.alerts(user, townCode));
        } catch (ForbiddenException e) {
            throw new WebApplicationException(Response.status(Response.Status.FORBIDDEN).type(TEXT)
                    .entity(e.getMessage()).build());
        }
    }

    private Response json(Object body) {
        return Response.ok(dashboard.write(body), JSON).build();
    }

    /** The user of the webapp session, as the platform's API knows users. */
    private AuthenticatedUser user() {
        Authentications session = Authentications.getCurrent();
        UserAuthentication user = session != null
                && session.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u ? u : null;
        if (user == null || user.getIdentityId() == null) {
            throw new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED).type(TEXT)
                    .entity("请先登录").build());
        }
        return new AuthenticatedUser(user.getIdentityId(), user.getGroupIds() == null ? List.of()
                : List.copyOf(user.getGroupIds()));
    }
}
