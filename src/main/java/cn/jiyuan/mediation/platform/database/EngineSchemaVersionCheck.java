package cn.jiyuan.mediation.platform.database;

import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every Flyway run at startup: the engine schema in the database must be the version of the engine on the
 * classpath. The engine itself does not check this (its schema.version property is the constant "fox"), so
 * without this check a new engine version would run on the old tables. After an engine upgrade the platform refuses
 * to start until a Flyway migration has applied the engine's upgrade scripts (see README).
 */

public class EngineSchemaVersionCheck implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            var connection = context.getConnection();
            if (!EngineSchema.tablePresent(connection, "ACT_GE_SCHEMA_LOG")) {
                return; // Flyway stopped before migration 9 (spring.flyway.target): the engine reports missing tables
            }
            String expected = EngineSchema.engineVersion(EngineSchema.databaseType(connection));
            String actual = EngineSchema.databaseVersion(connection);
            if (!expected.equals(actual)) {
                throw new EngineSchemaVersionException(expected, actual);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the engine schema version", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "engine schema version check";
    }
}
