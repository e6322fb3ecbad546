package cn.jiyuan.mediation.platform;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The user logged in to the Camunda webapps (Tasklist, Cockpit, Admin) with this request's session. The
 * platform's own filters run before the webapps' authentication filter has put that user on the engine (servlet
 * filters registered by Spring come first), so they read the session themselves.
 */
public final class WebappSessionUser {

    public static final String ENGINE = "default";

    private WebappSessionUser() {
    }

    public static Optional<Authentication> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return Optional.empty();
        }
        for (UserAuthentication user : authentications.getAuthentications()) {
            if (ENGINE.equals(user.getProcessEngineName()) && user.getIdentityId() != null) {
                return Optional.of(new Authentication(user.getIdentityId(),
                        user.getGroupIds() == null ? List.of() : user.getGroupIds(),
                        user.getTenantIds() == null ? List.of() : user.getTenantIds()));
            }
        }
        return Optional.empty();
    }
}
