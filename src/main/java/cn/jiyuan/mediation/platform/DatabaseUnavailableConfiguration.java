package cn.jiyuan.mediation.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link DatabaseUnavailableFilter} around every other filter but the security headers, and
 * {@link EngineAuthenticationReset} outside them all.
 */
@Configuration
public class DatabaseUnavailableConfiguration {

    @Bean
    public FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setName("mediation-database-unavailable");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<EngineAuthenticationReset> engineAuthenticationReset(IdentityService identity) {
        FilterRegistrationBean<EngineAuthenticationReset> registration =
                new FilterRegistrationBean<>(new EngineAuthenticationReset(identity));
        registration.setName("mediation-engine-authentication-reset");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
