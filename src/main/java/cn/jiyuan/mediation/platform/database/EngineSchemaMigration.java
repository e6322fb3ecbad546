package cn.jiyuan.mediation.platform.database;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway migration 9: the process engine's tables, created from the engine jar's own scripts. The engine no longer
 * touches its schema ({@code camunda.bpm.database.schema-update: false}: it only checks at startup that its tables
 * are there), so the schema changes only through Flyway, recorded in med_flyway_history, on H2 and PostgreSQL alike.
 *
 * <p>On a database whose engine tables the engine created itself (every installation before this migration), the
 * components already present are left alone and only missing ones are created: the existing schema is taken as
 * the baseline. Its version is then checked against the engine's by {@link EngineSchemaVersionCheck}.
 */

public class EngineSchemaMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaMigration.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "process engine schema (from the engine jar)";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        for (EngineSchema.Component component : EngineSchema.Component.values()) {
            if (EngineSchema.tablePresent(connection, component.markerTable)) {
                LOG.info("Engine schema component '{}' already present: kept as it is", component.name);
            } else {
                LOG.info("Creating engine schema component '{}'", component.name);
                EngineSchema.create(connection, component);
            }
        }
    }
}
