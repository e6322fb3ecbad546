package cn.jiyuan.mediation.platform.web;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code mediation.security.behind-proxy=true} (MEDIATION_BEHIND_PROXY=true) means the platform is reached through
 * a TLS proxy: the proxy's X-Forwarded-For / X-Forwarded-Proto headers are honoured (Tomcat's RemoteIpValve, i.e.
 * {@code server.forward-headers-strategy=native}), so the login throttle sees the client's address and the platform
 * knows the request was HTTPS (secure cookies, HSTS). Off by default: without a proxy in front, anyone could send
 * those headers. An explicit {@code server.forward-headers-strategy} wins.
 */
public class BehindProxyEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("mediation.security.behind-proxy", Boolean.class, false)
                && !environment.containsProperty("server.forward-headers-strategy")) {
            environment.getPropertySources().addLast(new MapPropertySource("mediation-behind-proxy",
                    Map.of("server.forward-headers-strategy", "native")));
        }
    }
}
