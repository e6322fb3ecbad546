package cn.jiyuan.mediation.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.jiyuan.mediation.platform.login.LoginGate;

/** Puts HTTP Basic authentication in front of both APIs; the webapps keep their own session login. */
@Configuration
public class ApiSecurityConfiguration {

    @Bean
    public FilterRegistrationBean<BasicAuthenticationFilter> apiAuthentication(IdentityService identity, LoginGate gate) {
        FilterRegistrationBean<BasicAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new BasicAuthenticationFilter(identity, gate));
        registration.setName("mediation-api-authentication");
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
