package cn.jiyuan.mediation.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiyuan.mediation.support.EmbeddedPostgres;

/**
 * Flyway migration 9 and the version check, on an empty H2 and PostgreSQL database (the engine's tables created
 * from the engine jar's scripts), on a database whose tables the engine created itself (kept as they are), and on
 * a schema of another engine version (refused).
 */
class EngineSchemaTest {

    private static final List<String> MARKER_TABLES = List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST", "ACT_ID_USER",
            "ACT_RE_CASE_DEF", "ACT_HI_CASEINST", "ACT_RE_DECISION_DEF", "ACT_HI_DECINST", "ACT_GE_SCHEMA_LOG");

    private final List<HikariDataSource> pools = new ArrayList<>();

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    private DataSource database(String kind) {
        HikariDataSource pool = new HikariDataSource();
        if (kind.equals("h2")) {
            pool.setJdbcUrl("jdbc:h2:mem:schema" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
        } else {
            pool.setJdbcUrl(EmbeddedPostgres.newDatabase("engine_schema"));
            pool.setUsername("postgres");
            pool.setPassword("postgres");
        }
        pool.setMaximumPoolSize(3);
        pools.add(pool);
        return pool;
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).table("med_flyway_history").locations("classpath:none")
                .javaMigrations(new EngineSchemaMigration()).callbacks(new EngineSchemaVersionCheck())
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /** What every installation before migration 9 had: the engine creating its tables with schema-update=true. */
    private static void engineCreatesItsOwnTables(DataSource dataSource) {
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(dataSource).setDatabaseSchemaUpdate("true").setHistory("full")
                .setProcessEngineName("schema-test-" + System.nanoTime()).setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.close();
        ProcessEngines.unregister(engine);
    }

    private static boolean tablePresent(DataSource dataSource, String table) throws Exception {
        try (var connection = dataSource.getConnection()) {
            return EngineSchema.tablePresent(connection, table);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEmptyDatabaseGetsTheEngineTablesOfTheEngineVersion(String kind) throws Exception {
        DataSource dataSource = database(kind);
        migrate(dataSource);
        for (String table : MARKER_TABLES) {
            assertThat(tablePresent(dataSource, table)).as(table).isTrue();
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).containsExactly("7.24.0");
        assertThat(jdbc.queryForObject("select count(*) from \"med_flyway_history\" where \"version\" = '9' and \"success\"",
                Integer.class)).isEqualTo(1);
        // that the engine accepts these tables (schema-update=false checks them) shows every platform test context
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void tablesTheEngineCreatedItselfAreKeptAsTheBaseline(String kind) throws Exception {
        DataSource dataSource = database(kind);
        engineCreatesItsOwnTables(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into ACT_ID_USER (ID_, REV_, FIRST_, ATTEMPTS_) values ('kept', 1, '已有用户', 0)");

        migrate(dataSource);

        assertThat(jdbc.queryForObject("select FIRST_ from ACT_ID_USER where ID_ = 'kept'", String.class))
                .isEqualTo("已有用户");
        assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).containsExactly("7.24.0");
        assertThat(jdbc.queryForObject("select count(*) from \"med_flyway_history\" where \"version\" = '9' and \"success\"",
                Integer.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEngineSchemaOfAnotherVersionIsRefused(String kind) {
        DataSource dataSource = database(kind);
        migrate(dataSource);
        // as after an engine upgrade without the migration that applies its upgrade scripts
        new JdbcTemplate(dataSource).update("update ACT_GE_SCHEMA_LOG set VERSION_ = '7.23.0'");

        assertThatThrownBy(() -> migrate(dataSource)).satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                .isInstanceOf(EngineSchemaVersionException.class)
                .hasMessageContaining("7.23.0").hasMessageContaining("7.24.0").hasMessageContaining("升级脚本"));
    }
}
