package cn.jiyuan.mediation.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

/** Puts the audit filter around the project's API, the engine REST API, the webapps' APIs and the case pages. */
@Configuration
class AuditConfiguration {

    /** Before the API's HTTP Basic filter (HIGHEST_PRECEDENCE + 10), so the audit sees the whole request. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditRecorder recorder, CamundaBpmProperties camunda,
                                                    @Value("${spring.jersey.application-path:/engine-rest}")
                                                    String restPath) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(
                new AuditFilter(new RequestClassifier(restPath, webappPath), recorder));
        registration.setName("mediation-audit");
        registration.addUrlPatterns("/api/*", restPath + "/*", webappPath + "/api/*", "/cases/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
