package cn.jiyuan.mediation.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The process engine's database schema as the engine jar ships it: the same SQL scripts the engine itself runs
 * with {@code databaseSchemaUpdate=true} (org/camunda/bpm/engine/db/create/activiti.{db}.create.{component}.sql)
 * and its upgrade scripts (org/camunda/bpm/engine/db/upgrade/{db}_engine_{from}_to_{to}.sql), run from the jar so
 * that nothing is copied into this repository.
 */
public final class EngineSchema {

    /** The engine's schema components in the order the engine creates them, with the table that marks each. */
    enum Component {
        ENGINE("engine", "ACT_RU_EXECUTION"),
        HISTORY("history", "ACT_HI_PROCINST"),
        IDENTITY("identity", "ACT_ID_USER"),
        CASE_ENGINE("case.engine", "ACT_RE_CASE_DEF"),
        CASE_HISTORY("case.history", "ACT_HI_CASEINST"),
        DECISION_ENGINE("decision.engine", "ACT_RE_DECISION_DEF"),
        DECISION_HISTORY("decision.history", "ACT_HI_DECINST");

        final String name;
        final String markerTable;

        Component(String name, String markerTable) {
            this.name = name;
            this.markerTable = markerTable;
        }
    }

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/";
    private static final Pattern CREATED_VERSION =
            Pattern.compile("insert into ACT_GE_SCHEMA_LOG\\s+values\\s*\\('0',\\s*CURRENT_TIMESTAMP,\\s*'([^']+)'\\)");

    private EngineSchema() {
    }

    /** The engine's name for the database behind the connection ("postgres", "h2"). */
    public static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if ("PostgreSQL".equals(product)) {
            return "postgres";
        }
        if ("H2".equals(product)) {
            return "h2";
        }
        throw new IllegalStateException("The platform supports PostgreSQL and H2, not " + product);
    }

    static boolean tablePresent(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String name = "postgres".equals(databaseType(connection)) ? table.toLowerCase(Locale.ROOT) : table;
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
            return tables.next();
        }
    }

    /** Runs the engine's create script of a component. */
    static void create(Connection connection, Component component) throws SQLException {
        run(connection, "create/activiti." + databaseType(connection) + ".create." + component.name + ".sql");
    }

    /**
     * Runs one of the engine jar's schema scripts, e.g. {@code upgrade/postgres_engine_7.24_to_7.25.sql}: what a
     * migration that upgrades the engine schema calls for each step.
     */
    public static void run(Connection connection, String script) throws SQLException {
        ClassPathResource resource = new ClassPathResource(SCRIPTS + script);
        if (!resource.exists()) {
            throw new IllegalStateException("The engine jar has no schema script " + SCRIPTS + script);
        }
        try {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(resource, StandardCharsets.UTF_8));
        } catch (org.springframework.jdbc.datasource.init.ScriptException e) {
            throw new SQLException("Engine schema script " + script + " failed: " + e.getMessage(), e);
        }
    }

    /** The schema version the engine on the classpath creates (and so expects), e.g. "7.24.0". */
    static String engineVersion(String databaseType) {
        String script = SCRIPTS + "create/activiti." + databaseType + ".create.engine.sql";
        try (InputStream in = new ClassPathResource(script).getInputStream()) {
            Matcher m = CREATED_VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("No schema version in " + script);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the engine schema in the database: the newest entry of the engine's schema log. */
    static String databaseVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("select ID_, VERSION_ from ACT_GE_SCHEMA_LOG")) {
            long newest = -1;
            String version = null;
            while (rows.next()) {
                long id = Long.parseLong(rows.getString(1).trim());
                if (id > newest) {
                    newest = id;
                    version = rows.getString(2);
                }
            }
            return version;
        }
    }
}
