package cn.jiyuan.mediation.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.jiyuan.mediation.platform.login.LoginGate;
import cn.jiyuan.mediation.platform.login.LoginRefusal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic authentication against the Camunda identity service, for the engine REST API and the
 * project's own API alike. Every request needs valid credentials (there is no anonymous endpoint); the
 * authenticated user and groups are set on the engine so that its authorization checks apply. Every request
 * with credentials is a login: it passes the {@link LoginGate} first (throttled client address, delayed or
 * locked account: refused without a password check), and a wrong password counts against the client address.
 */
public class BasicAuthenticationFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Basic ";
    private static final java.util.regex.Pattern DOCUMENT =
            java.util.regex.Pattern.compile("/api/cases/[^/]+/documents/[0-9]+|/api/monthly-reports/[0-9]+/pdf"
                    + "|/api/semiannual/rounds/[0-9]{4}-H[12]/rollup|/api/semiannual/summaries/[0-9]+/attachments/[0-9]+");

    private final IdentityService identity;
    private final LoginGate gate;

    public BasicAuthenticationFilter(IdentityService identity, LoginGate gate) {
        this.identity = identity;
        this.gate = gate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = credentials(request.getHeader("Authorization"));
        boolean formCall = credentials == null && TasklistFormCalls.isFormCall(request);
        if (credentials == null && (opensADocument(request) || formCall)) {
            Optional<org.camunda.bpm.engine.impl.identity.Authentication> session = WebappSessionUser.of(request);
            if (session.isPresent() && formCall && !TasklistFormCalls.fromTasklistPage(request)) {
                forbidden(response);
                return;
            }
            if (session.isPresent()) {
                asUser(request, response, chain, session.get().getUserId(), session.get().getGroupIds(),
                        session.get().getTenantIds());
                return;
            }
        }
        if (credentials == null) {
            unauthorized(response, "需要平台用户的用户名和密码（HTTP Basic 认证）。");
            return;
        }
        String userId = credentials[0];
        String address = request.getRemoteAddr();
        Optional<LoginRefusal> refusal = gate.check(address, userId);
        if (refusal.isPresent()) {
            refusal.get().write(response, true);
            return;
        }
        if (!identity.checkPassword(userId, credentials[1])) {
            gate.failed(address);
            unauthorized(response, "用户名或密码错误。");
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        asUser(request, response, chain, userId, groups, tenants);
    }

    private void asUser(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String userId,
                        List<String> groups, List<String> tenants) throws ServletException, IOException {
        identity.setAuthentication(userId, groups, tenants);
        request.setAttribute(AuthenticatedUser.ATTRIBUTE, new AuthenticatedUser(userId, groups));
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * A document of a case file opened from a Tasklist form (a link to print the agreement), the half-year roll-up
     * or a summary's attachment (links of the semi-annual forms): the browser sends the
     * webapp session, not Basic credentials, and the user is the one logged in to Tasklist. Only this read; the
     * controller applies the case's access rules as for any other caller.
     */
    static boolean opensADocument(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && DOCUMENT.matcher(path).matches();
    }

    /** A write with the Tasklist session that does not come from the Tasklist page (see {@link TasklistFormCalls}). */
    private static void forbidden(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"禁止访问\",\"status\":403,"
                + "\"detail\":\"无法确认请求来自待办任务页面，请刷新页面后重试。\"}");
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"mediation\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"未登录\",\"status\":401,"
                + "\"detail\":\"" + detail + "\"}");
    }

    /** @return user id and password from a Basic header, or null when there are none or they are unreadable */
    private static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
