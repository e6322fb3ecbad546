package cn.jiyuan.mediation.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Calls of the project's API that a Tasklist task form makes itself, with the Tasklist login (the session cookie)
 * instead of HTTP Basic credentials: the semi-annual summary's attachments (list, upload, remove), which the form's
 * script (webjars/camunda/app/tasklist/semiannual-attachments) sends to our table rather than into the process.
 *
 * <p>The browser sends the session cookie with any request to this origin, also one another site makes it send, so a
 * write must prove that it comes from the Tasklist page: it carries Tasklist's own CSRF token (the cookie
 * {@code XSRF-TOKEN}, which only a page of this origin can read, sent as the header {@code X-XSRF-TOKEN}) equal to
 * the one Camunda keeps in the session, and the browser does not report it as cross-site ({@code Sec-Fetch-Site}).
 * The controller then applies the summary's access rules as to any other caller.
 */
public final class TasklistFormCalls {

    private static final Pattern LIST = Pattern.compile("/api/semiannual/summaries/[0-9]+/attachments");
    private static final Pattern ONE = Pattern.compile("/api/semiannual/summaries/[0-9]+/attachments/[0-9]+");

    private TasklistFormCalls() {
    }

    /** Whether the request is one of the calls a form may make with the session. */
    public static boolean isFormCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return switch (request.getMethod()) {
            case "GET", "POST" -> LIST.matcher(path).matches();
            case "DELETE" -> ONE.matcher(path).matches();
            default -> false;
        };
    }

    /** Whether a form call may go on with the session: a read, or a write from the Tasklist page (see above). */
    public static boolean fromTasklistPage(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            return true;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
