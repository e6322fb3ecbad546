package cn.jiyuan.mediation.platform.database;

import java.util.Arrays;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the engine-schema migration and its version check to Flyway explicitly, rather than as beans Flyway's
 * auto-configuration collects: one full test run once started a context whose Flyway did not see the migration
 * bean (and the engine then found no tables), which an explicit registration rules out. Other features add their
 * own Java migrations the same way, each appending to the list ({@link #withMigration}).
 */
@Configuration(proxyBeanMethods = false)
public class EngineSchemaFlyway {

    @Bean
    public FlywayConfigurationCustomizer engineSchemaMigration() {
        return configuration -> withMigration(configuration, new EngineSchemaMigration())
                .callbacks(new EngineSchemaVersionCheck());
    }

    /** Adds {@code migration} to the Java migrations already configured ({@code javaMigrations} replaces them). */
    public static FluentConfiguration withMigration(FluentConfiguration configuration, JavaMigration migration) {
        JavaMigration[] present = configuration.getJavaMigrations();
        JavaMigration[] all = Arrays.copyOf(present, present.length + 1);
        all[present.length] = migration;
        return configuration.javaMigrations(all);
    }
}
