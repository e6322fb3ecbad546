package cn.jiyuan.mediation.platform.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Closes the engine REST API's password check for arbitrary users (POST .../identity/verify, on /engine-rest and
 * inside the webapps' engine API): any signed-in user could test other users' passwords there, past the login
 * throttle of the client address, and lock their accounts. Nothing of the platform or the webapps uses it.
 */
public class PasswordProbeFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.endsWith("/identity/verify") && !path.endsWith("/identity/verify/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"禁止访问\",\"status\":403,"
                + "\"detail\":\"平台不提供核验他人密码的接口。\"}");
    }
}
