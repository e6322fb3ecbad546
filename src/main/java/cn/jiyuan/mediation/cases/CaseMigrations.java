package cn.jiyuan.mediation.cases;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.platform.database.EngineSchemaFlyway;

/** The case tables' Java migrations, handed to Flyway explicitly (see {@link EngineSchemaFlyway}). */
@Configuration(proxyBeanMethods = false)
class CaseMigrations {

    @Bean
    FlywayConfigurationCustomizer caseConclusionBackfill() {
        return configuration -> EngineSchemaFlyway.withMigration(configuration, new CaseConclusionBackfill());
    }
}
