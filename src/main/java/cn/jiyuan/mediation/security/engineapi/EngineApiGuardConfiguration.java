package cn.jiyuan.mediation.security.engineapi;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.forms.options.FormOptions;

/**
 * Registers the {@link EngineApiGuard} on both ways into the engine's REST API, after the authentication of
 * each (HTTP Basic for /engine-rest, the webapps' session for /camunda/api/engine), so that it knows the user.
 */
@Configuration
public class EngineApiGuardConfiguration {

    @Bean
    public FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identity, FormCatalog forms,
                                                                 TaskForms taskForms,
                                                                 List<VirtualFormFields> virtualFields,
                                                                 FormOptions options) {
        FilterRegistrationBean<EngineApiGuard> registration =
                new FilterRegistrationBean<>(new EngineApiGuard(identity, forms, taskForms, virtualFields, options));
        registration.setName("mediation-engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // after the HTTP Basic filter of /engine-rest; a webapp request's user is read from its session
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
