package cn.jiyuan.mediation.platform.login;

import java.time.Clock;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The login throttle on every way in: the webapps' login form here, HTTP Basic in ApiSecurityConfiguration. */
@Configuration
@EnableConfigurationProperties(LoginSettings.class)
public class LoginConfiguration {

    @Bean
    public LoginGate loginGate(LoginSettings settings, ProcessEngine engine) {
        return new LoginGate(
                new AddressThrottle(settings.addressMaxFailures(), settings.addressWindow(), settings.addressBlock(),
                        Clock.systemUTC()),
                new AccountLocks(engine, settings.accountLock()));
    }

    @Bean
    public FilterRegistrationBean<WebappLoginFilter> webappLoginThrottle(LoginGate gate, CamundaBpmProperties camunda) {
        String appPath = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<WebappLoginFilter> registration =
                new FilterRegistrationBean<>(new WebappLoginFilter(gate, appPath));
        registration.setName("mediation-webapp-login-throttle");
        registration.addUrlPatterns(appPath + "/api/admin/auth/user/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<PasswordProbeFilter> passwordProbeClosed(CamundaBpmProperties camunda) {
        FilterRegistrationBean<PasswordProbeFilter> registration = new FilterRegistrationBean<>(new PasswordProbeFilter());
        registration.setName("mediation-password-probe-closed");
        registration.addUrlPatterns("/engine-rest/identity/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
