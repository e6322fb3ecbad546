package cn.jiyuan.mediation.online;

import java.io.IOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.platform.ApiRequestGuard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the public side is served: the page (plain HTML, CSS and JavaScript under static/public, no build step, nothing
 * from another site) at {@code /public/}; its API behind the platform's request guard with a small body limit; and
 * on both a strict Content-Security-Policy (only the platform's own files run, no inline script) and, on the API,
 * {@code Cache-Control: no-store} (a case's stage stays out of shared caches). No login: neither path is behind the
 * HTTP Basic filter of /api and /engine-rest (platform/ApiSecurityConfiguration), and nothing under /public reaches
 * them.
 */
@Configuration
@EnableConfigurationProperties(PublicSettings.class)
public class PublicPageConfiguration implements WebMvcConfigurer {

    static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/public", "/public/");
        registry.addViewController("/public/").setViewName("forward:/public/index.html");
    }

    @Bean
    public FilterRegistrationBean<ApiRequestGuard> publicRequestGuard(ObjectMapper json, PublicSettings settings) {
        FilterRegistrationBean<ApiRequestGuard> registration =
                new FilterRegistrationBean<>(new ApiRequestGuard(settings.getMaxBodySize().toBytes(), json));
        registration.setName("mediation-public-request-guard");
        registration.addUrlPatterns("/public/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<PublicHeaders> publicHeaders() {
        FilterRegistrationBean<PublicHeaders> registration = new FilterRegistrationBean<>(new PublicHeaders());
        registration.setName("mediation-public-headers");
        registration.addUrlPatterns("/public", "/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The page's and the API's own headers (the platform's security headers are set before). */
    static final class PublicHeaders extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", PAGE_CONTENT_SECURITY_POLICY);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/public/api/")) {
                response.setHeader("Cache-Control", "no-store");
            }
            chain.doFilter(request, response);
        }
    }
}
