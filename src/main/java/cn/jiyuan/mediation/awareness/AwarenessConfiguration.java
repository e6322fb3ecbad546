package cn.jiyuan.mediation.awareness;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code mediation.awareness.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AwarenessProperties.class)
public class AwarenessConfiguration {
}
