package cn.jiyuan.mediation.platform.database;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the engine-schema migration and its version check to Flyway explicitly, rather than as beans Flyway's
 * auto-configuration collects: one full test run once started a context whose Flyway did not see the migration
 * bean (and the engine then found no tables), which an explicit registration rules out.
 */
@Configuration(proxyBeanMethods = false)
public class EngineSchemaFlyway {

    @Bean
    public FlywayConfigurationCustomizer engineSchemaMigration() {
        return configuration -> configuration.javaMigrations(new EngineSchemaMigration())
                .callbacks(new EngineSchemaVersionCheck());
    }
}
