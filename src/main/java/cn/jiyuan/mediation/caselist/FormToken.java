package cn.jiyuan.mediation.caselist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Protection of the case pages' forms against cross-site requests (CSRF): the pages use Tasklist's session
 * cookie, which a browser also sends with a form another site makes it post. Each session gets a random token,
 * put as a hidden field into every form of the pages; a post is accepted only with the session's token, and never
 * when the browser says it comes from another site ({@code Sec-Fetch-Site}). Camunda's own CSRF filter guards the
 * webapps' paths only, not {@code /cases}.
 */
final class FormToken {

    /** The hidden field of the forms. */
    static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, made on first use; empty without a session (no form is shown then). */
    static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        synchronized (session) {
            if (session.getAttribute(ATTRIBUTE) instanceof String token) {
                return token;
            }
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** Whether a form post carries its session's token and was not sent from another site. */
    static boolean accepts(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String given = request.getParameter(PARAMETER);
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
