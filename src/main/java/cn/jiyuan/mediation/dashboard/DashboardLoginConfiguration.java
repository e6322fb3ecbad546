package cn.jiyuan.mediation.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.jiyuan.mediation.platform.WebappSessionUser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the dashboard's data without a Cockpit session with 401 请先登录, in Chinese: the webapps' own security
 * filter would refuse it first, with an English error page. The plugin's scripts ({@code …/static/…}) stay as
 * Cockpit serves them (it loads them before the login).
 */
@Configuration
public class DashboardLoginConfiguration {

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> dashboardLogin(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        String api = webappPath + "/api/cockpit/plugin/" + DashboardPlugin.ID + "/";
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        String path = request.getRequestURI().substring(request.getContextPath().length());
                        if (!path.startsWith(api + "static/") && WebappSessionUser.of(request).isEmpty()) {
                            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            response.setContentType("text/plain;charset=UTF-8");
                            response.getOutputStream().write("请先登录".getBytes(StandardCharsets.UTF_8));
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setName("mediation-dashboard-login");
        registration.addUrlPatterns(api + "*");
        return registration;
    }
}
