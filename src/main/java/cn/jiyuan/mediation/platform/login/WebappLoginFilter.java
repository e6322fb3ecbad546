package cn.jiyuan.mediation.platform.login;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import cn.jiyuan.mediation.platform.web.ReplayedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the login gate in front of the Camunda webapps' login form (POST {app-path}/api/admin/auth/user/{engine}/
 * login/{app}): a throttled address or account is refused before Camunda checks the password, and a failed login
 * (Camunda answers 401) counts against the client address. A login with the right password but without access to
 * the app (403) is no failure.
 */
public class WebappLoginFilter extends OncePerRequestFilter {

    /** Far more than a login form needs; a larger body is refused rather than buffered. */
    private static final int MAX_BODY = 16 * 1024;

    private final LoginGate gate;
    private final Pattern loginPath;

    public WebappLoginFilter(LoginGate gate, String applicationPath) {
        this.gate = gate;
        this.loginPath = Pattern.compile(Pattern.quote(applicationPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !loginPath.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"请求过大\",\"status\":413,"
                    + "\"detail\":\"登录表单过大。\",\"message\":\"登录表单过大。\"}");
            return;
        }
        String address = request.getRemoteAddr();
        Optional<LoginRefusal> refusal = gate.check(address, formField(body, "username"));
        if (refusal.isPresent()) {
            refusal.get().write(response, false);
            return;
        }
        chain.doFilter(new ReplayedBodyRequest(request, body), response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            gate.failed(address);
        }
    }

    /** The value of a field of an application/x-www-form-urlencoded body, null when absent or unreadable. */
    static String formField(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
