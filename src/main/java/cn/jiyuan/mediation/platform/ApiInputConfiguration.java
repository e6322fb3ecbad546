package cn.jiyuan.mediation.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the project's API reads what a client sends: the request guard (body size limit, problems for what the
 * filters behind it throw) and the strict JSON reader. The limit of JSON bodies is
 * {@code mediation.api.max-body-size} (default 1MB); uploads have {@code spring.servlet.multipart.*}.
 */
@Configuration
public class ApiInputConfiguration {

    @Bean
    public FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(ObjectMapper json,
            @Value("${mediation.api.max-body-size:1MB}") DataSize maxBodySize) {
        FilterRegistrationBean<ApiRequestGuard> registration =
                new FilterRegistrationBean<>(new ApiRequestGuard(maxBodySize.toBytes(), json));
        registration.setName("mediation-api-request-guard");
        registration.addUrlPatterns("/api/*");
        // before authentication and before Spring's form-content filter, which would read a body itself
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    public ApiJson apiJson(ObjectMapper json) {
        return new ApiJson(json);
    }

    /** Replaces Spring Boot's JSON converter (Boot backs off when one is defined); writing stays as configured. */
    @Bean
    public ApiJsonConverter apiJsonConverter(ApiJson json) {
        return new ApiJsonConverter(json);
    }
}
