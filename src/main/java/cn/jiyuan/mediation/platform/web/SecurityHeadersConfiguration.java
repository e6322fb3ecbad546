package cn.jiyuan.mediation.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the security headers in front of everything the platform serves. */
@Configuration
public class SecurityHeadersConfiguration {

    @Bean
    public FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
            @Value("${mediation.security.hsts-max-age:365d}") Duration hstsMaxAge) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(hstsMaxAge));
        registration.setName("mediation-security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
