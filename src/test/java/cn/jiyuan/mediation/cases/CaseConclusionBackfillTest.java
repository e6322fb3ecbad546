package cn.jiyuan.mediation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import cn.jiyuan.mediation.support.EmbeddedPostgres;

/**
 * Migration 13.1 on a database of cases registered before it: each case gets Jiyuan's registration date and the
 * conclusion its status history makes ({@link Conclusion}), and registered_on becomes mandatory; on H2 and on
 * PostgreSQL (where the text-search indexes of 13.2 follow).
 */
class CaseConclusionBackfillTest {

    private final List<HikariDataSource> pools = new ArrayList<>();

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void casesRegisteredBeforeTheMigrationGetTheirDateAndConclusion(String kind) {
        DataSource db = database(kind);
        flyway(db, kind, "13").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        // 17:30 UTC is 01:30 the next day in Jiyuan
        long agreed = insertCase(jdbc, "A", "2024-01-10T17:30:00Z");
        history(jdbc, agreed, "REGISTERED", "2024-01-10T17:30:00Z");
        history(jdbc, agreed, "AGREED", "2024-01-25T02:00:00Z");
        history(jdbc, agreed, "AGREED", "2024-02-01T02:00:00Z");
        history(jdbc, agreed, "CLOSED", "2024-03-01T02:00:00Z");
        long reboundAndAgreedAgain = insertCase(jdbc, "B", "2024-03-01T02:00:00Z");
        history(jdbc, reboundAndAgreedAgain, "AGREED", "2024-03-20T02:00:00Z");
        history(jdbc, reboundAndAgreedAgain, "REOPENED", "2024-04-01T02:00:00Z");
        history(jdbc, reboundAndAgreedAgain, "NO_AGREEMENT", "2024-04-11T02:00:00Z");
        long reopened = insertCase(jdbc, "C", "2024-03-01T02:00:00Z");
        history(jdbc, reopened, "WITHDRAWN", "2024-03-05T02:00:00Z");
        history(jdbc, reopened, "REOPENED", "2024-03-06T02:00:00Z");
        long open = insertCase(jdbc, "D", "2024-05-01T02:00:00Z");
        history(jdbc, open, "REGISTERED", "2024-05-01T02:00:00Z");

        flyway(db, kind, "latest").migrate();

        assertThat(row(jdbc, agreed)).containsEntry("registered_on", LocalDate.of(2024, 1, 11))
                .containsEntry("conclusion", "AGREED").containsEntry("concluded_on", LocalDate.of(2024, 1, 25))
                .containsEntry("days_to_conclude", 14);
        assertThat(row(jdbc, reboundAndAgreedAgain)).containsEntry("conclusion", "NO_AGREEMENT")
                .containsEntry("concluded_on", LocalDate.of(2024, 4, 11)).containsEntry("days_to_conclude", 41);
        assertThat(row(jdbc, reopened)).containsEntry("conclusion", null).containsEntry("concluded_on", null)
                .containsEntry("days_to_conclude", null);
        assertThat(row(jdbc, open)).containsEntry("registered_on", LocalDate.of(2024, 5, 1))
                .containsEntry("conclusion", null);
        assertThatThrownBy(() -> insertCase(jdbc, "E", "2024-06-01T02:00:00Z"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private DataSource database(String kind) {
        HikariDataSource pool = new HikariDataSource();
        if (kind.equals("h2")) {
            pool.setJdbcUrl("jdbc:h2:mem:backfill" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
        } else {
            pool.setJdbcUrl(EmbeddedPostgres.newDatabase("backfill"));
            pool.setUsername("postgres");
            pool.setPassword("postgres");
        }
        pool.setMaximumPoolSize(2);
        pools.add(pool);
        return pool;
    }

    private static Flyway flyway(DataSource db, String kind, String target) {
        String vendor = kind.equals("h2") ? "h2" : "postgresql";
        return Flyway.configure().dataSource(db).table("med_flyway_history")
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .javaMigrations(new CaseConclusionBackfill(), new cn.jiyuan.mediation.platform.database.EngineSchemaMigration())
                .target(target).load();
    }

    /** A case as every version before 13 wrote it (no registered_on). */
    private static long insertCase(JdbcTemplate jdbc, String key, String createdAt) {
        OffsetDateTime at = OffsetDateTime.parse(createdAt);
        jdbc.update("insert into case_file (case_number, committee_code, case_year, sequence_no, channel, category,"
                + " summary, town_code, enterprise_related, cross_village, cross_town, sensitive_period, risk_level,"
                + " early_warning, handling_level, green_channel, status, deadline, created_at, created_by, updated_at)"
                + " values (?, 'VC419001100201', 2024, ?, 'WALK_IN', 'NEIGHBOR', '迁移测试', '419001100', false, false,"
                + " false, false, 'LOW', false, 'VILLAGE', false, 'REGISTERED', ?, ?, 'test', ?)", "迁移测试" + key,
                (int) key.charAt(0), at.toLocalDate().plusDays(30), at, at);
        return jdbc.queryForObject("select id from case_file where case_number = ?", Long.class, "迁移测试" + key);
    }

    private static void history(JdbcTemplate jdbc, long caseId, String status, String at) {
        jdbc.update("insert into case_status_history (case_id, status, changed_at, changed_by) values (?, ?, ?, 'test')",
                caseId, status, OffsetDateTime.parse(at));
    }

    private static Map<String, Object> row(JdbcTemplate jdbc, long id) {
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.query("select registered_on, conclusion, concluded_on, days_to_conclude from case_file where id = ?",
                rs -> {
                    row.put("registered_on", rs.getObject("registered_on", LocalDate.class));
                    row.put("conclusion", rs.getString("conclusion"));
                    row.put("concluded_on", rs.getObject("concluded_on", LocalDate.class));
                    row.put("days_to_conclude", rs.getObject("days_to_conclude", Integer.class));
                }, id);
        return row;
    }
}
