package cn.jiyuan.mediation.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The column statistics of the embedded H2 database (PostgreSQL's autovacuum keeps its own). H2 analyzes a table
 * itself after 2,000 changed rows, but not on a session that carries a query timeout, and H2 keeps a statement's
 * timeout on the session: once the audit's transaction (10 s) has used a pooled connection, H2 never analyzes again
 * from it. Without statistics H2 rates every column alike and answers Tasklist's filter 涉企绿色通道 (a process-variable
 * condition) by reading every instance's {@code greenChannel} variable for every task: with 20,000 open tasks the query
 * ran past two minutes; with statistics it takes milliseconds (issue 14, BENCHMARKS.md). So on H2 the platform runs
 * {@code ANALYZE} a minute after it starts and then every {@code mediation.h2.analyze-hours} hours, on a thread of
 * its own (H2 samples 10,000 rows per table: about a second). H2 serves one node, so no coordination is needed.
 */
@Component
public class H2Statistics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(H2Statistics.class);

    private final DataSource dataSource;
    private final long hours;
    private ScheduledExecutorService timer;

    public H2Statistics(DataSource dataSource, @Value("${mediation.h2.analyze-hours:6}") long hours) {
        this.dataSource = dataSource;
        this.hours = hours;
    }

    @EventListener
    public void onStartup(ApplicationReadyEvent event) {
        if (!isH2()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "h2-statistics");
            thread.setDaemon(true);
            return thread;
        });
        // not at once: the start-up and the first requests come first
        timer.scheduleWithFixedDelay(this::refreshQuietly, 60, hours * 3600, TimeUnit.SECONDS);
    }

    /**
     * Updates the statistics now (H2 only; nothing elsewhere), on a plain statement of a connection of its own.
     *
     * @return milliseconds taken, or -1 when the database is not H2
     */
    public long refresh() throws SQLException {
        if (!isH2()) {
            return -1;
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // H2 keeps a statement's query timeout on the session (the audit's transaction sets 10 s on pooled
            // connections), and ANALYZE passes over every table while a timeout is set
            statement.execute("SET QUERY_TIMEOUT 0");
            statement.execute("ANALYZE");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void refreshQuietly() {
        try {
            log.info("H2 statistics updated in {} ms", refresh());
        } catch (SQLException | RuntimeException e) {
            // the queries still answer, only with worse plans; the next round tries again
            log.warn("H2 statistics could not be updated: {}", e.toString());
        }
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
