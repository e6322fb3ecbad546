package cn.jiyuan.mediation.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The H2 statistics are taken even on a connection that an earlier statement left with a query timeout: H2 keeps it
 * on the session, and neither its own automatic analysis nor ANALYZE looks at a table while one is set.
 */
class H2StatisticsTest {

    @Test
    void analyzesOnAConnectionThatCarriesAQueryTimeout() throws Exception {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:h2statistics;DB_CLOSE_DELAY=-1",
                "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table variable_row (id int primary key, instance_id varchar(20), name varchar(20))");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // what a statement with a timeout does to the pooled connection (the audit's transaction: 10 s)
                statement.setQueryTimeout(10);
                statement.execute("select 1");
            }
            // H2 would analyze the table itself after 2,000 changed rows, but not on a session with a timeout
            jdbc.execute("insert into variable_row select x, 'i' || (x / 14), 'n' || mod(x, 14) from system_range(1, 28000)");
            assertThat(selectivity(jdbc, "INSTANCE_ID")).as("never analyzed").isEqualTo(50);
            jdbc.execute("ANALYZE");
            assertThat(selectivity(jdbc, "INSTANCE_ID")).as("ANALYZE under the timeout passes over the table").isEqualTo(50);

            long millis = new H2Statistics(dataSource, 6).refresh();

            assertThat(millis).isGreaterThanOrEqualTo(0);
            // 2,001 instances among 28,000 rows, 14 names
            assertThat(selectivity(jdbc, "INSTANCE_ID")).isBetween(5, 10);
            assertThat(selectivity(jdbc, "NAME")).isEqualTo(1);
        } finally {
            dataSource.destroy();
        }
    }

    private static int selectivity(JdbcTemplate jdbc, String column) {
        return jdbc.queryForObject("select selectivity from information_schema.columns where table_name = 'VARIABLE_ROW'"
                + " and column_name = ?", Integer.class, column);
    }
}
