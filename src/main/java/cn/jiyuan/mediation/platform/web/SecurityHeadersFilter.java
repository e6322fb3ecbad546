package cn.jiyuan.mediation.platform.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every answer of the platform (webapps, /engine-rest, /api, static files), set before
 * anything else runs so that errors and refusals carry them too:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} (the Camunda webapps forbid framing
 * themselves with CSP frame-ancestors 'none', so DENY breaks nothing) and {@code Referrer-Policy: same-origin}
 * (addresses with case numbers never leave the platform; same-origin requests keep their Origin, which the
 * webapps' CSRF protection may check);</li>
 * <li>on the APIs ({@code /api}, {@code /engine-rest}), which carry personal data: {@code Cache-Control: no-store}
 * and {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'} (an answer opened in a browser
 * runs nothing);</li>
 * <li>when the request came over HTTPS (directly, or through a proxy whose forwarded headers are honoured):
 * {@code Strict-Transport-Security} and the {@code Secure} flag on every cookie the platform sets (Tomcat already
 * marks its session cookie; the webapps' XSRF-TOKEN cookie is added as a raw header).</li>
 * </ul>
 * The webapps' own header filter (Camunda's HttpHeaderSecurityFilter) adds its CSP on their pages; its HSTS stays
 * off because it would be sent on plain HTTP as well.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final String hsts;

    public SecurityHeadersFilter(Duration hstsMaxAge) {
        this.hsts = "max-age=" + hstsMaxAge.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = isApi(path);
        if (api) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        chain.doFilter(request, api || request.isSecure() ? new GuardedResponse(response, api, request.isSecure()) : response);
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/engine-rest")
                || path.startsWith("/engine-rest/");
    }

    /**
     * Keeps what must hold whatever runs after this filter: on the APIs {@code Cache-Control: no-store} (the engine
     * REST API sets its own "no-cache" on GET answers), over HTTPS the Secure flag on every cookie.
     */
    static final class GuardedResponse extends HttpServletResponseWrapper {

        private final boolean noStore;
        private final boolean secureCookies;

        GuardedResponse(HttpServletResponse response, boolean noStore, boolean secureCookies) {
            super(response);
            this.noStore = noStore;
            this.secureCookies = secureCookies;
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (secureCookies) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if (keepsNoStore(name)) {
                return;
            }
            super.addHeader(name, secure(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            if (keepsNoStore(name)) {
                return;
            }
            super.setHeader(name, secure(name, value));
        }

        private boolean keepsNoStore(String name) {
            return noStore && ("Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name));
        }

        private String secure(String name, String value) {
            if (!secureCookies || value == null || !"Set-Cookie".equalsIgnoreCase(name)
                    || value.toLowerCase(java.util.Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?")) {
                return value;
            }
            return value + ";Secure";
        }
    }
}
