package cn.jiyuan.mediation.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a Spring test context a fresh database on the embedded PostgreSQL server, through the same
 * variables the production profile reads. Used as a context initializer (rather than a
 * DynamicPropertySource) so that test classes with the same configuration share one context.
 */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = EmbeddedPostgres.newDatabase("mediation");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres",
                Map.of("DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", "postgres")));
    }
}
