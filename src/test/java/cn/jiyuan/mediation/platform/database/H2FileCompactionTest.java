package cn.jiyuan.mediation.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The H2 housekeeping the platform runs itself ({@link H2FileCompaction}): writers commit one at a time as the engine
 * does (an update and an insert per commit) into a durable file with {@code WRITE_DELAY=0}, first without it, then
 * with a round (at most 200 ms) after every 500 commits. With the rounds the file stays a fraction of the size it
 * reaches without them, no write is lost or fails meanwhile, and the file reopens with every row.
 */
class H2FileCompactionTest {

    private static final int WRITERS = 4;
    private static final int COMMITS_PER_WRITER = Integer.getInteger("h2compact.commits", 3_000);
    private static final int ROWS = 20_000;
    /** Rounds follow the work, not the clock, so that a slower machine does not change the test. */
    private static final int COMMITS_PER_ROUND = 500;

    @Test
    void roundsKeepTheFileSmallWhileWritersCommit() throws Exception {
        DurableH2FileSystem.register();
        Run without = write(false);
        Run with = write(true);
        System.out.printf("[h2-compaction] %d commits: file %d MB without rounds, %d MB with %d rounds"
                        + " (longest %d ms); writers took %d ms and %d ms, slowest commit %d ms and %d ms%n",
                WRITERS * COMMITS_PER_WRITER, without.fileBytes >> 20, with.fileBytes >> 20, with.rounds,
                with.longestRound, without.millis, with.millis, without.slowestCommit, with.slowestCommit);

        assertThat(without.rounds).isZero();
        assertThat(with.rounds).as("rounds that compacted").isPositive();
        assertThat(with.fileBytes).as("file with rounds against without").isLessThan(without.fileBytes / 2);
    }

    @Test
    void theScheduledRoundReachesTheStoreThroughThePoolAndSkipsDatabasesWithoutFile() throws Exception {
        DurableH2FileSystem.register();
        Path dir = Files.createDirectories(Path.of("target/test-data/h2-compaction-" + System.nanoTime()));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:durable:./" + dir + "/db;WRITE_DELAY=0;RETENTION_TIME=0");
        config.setUsername("sa");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table account (id int primary key, counter int not null, note varchar(400))");
                s.execute("insert into account select x, 0, repeat('调', 100) from system_range(1, " + ROWS + ")");
                for (int i = 0; i < 2_000; i++) {
                    s.executeUpdate("update account set counter = counter + 1 where id = " + (1 + i * 7919 % ROWS));
                }
            }
            H2FileCompaction compaction = new H2FileCompaction(pool, Duration.ofDays(1), 200,
                    H2FileCompaction.FILL_RATE_TRIGGER);
            compaction.onStartup(null);
            H2FileCompaction.Round round;
            try {
                round = compaction.run();
            } finally {
                compaction.destroy();
            }

            assertThat(round.compacted()).as("sparse chunks after 2,000 single-row commits: %s", round).isTrue();
            assertThat(round.fillRateBefore()).isLessThan(H2FileCompaction.FILL_RATE_TRIGGER);
            assertThat(round.fillRateAfter()).isGreaterThan(round.fillRateBefore());
            assertThat(round.fileBytesAfter()).as("the emptied end of the file is cut").isLessThan(round.fileBytesBefore());
            try (Connection c = pool.getConnection()) {
                assertThat(count(c.createStatement(), "select sum(counter) from account")).isEqualTo(2_000);
            }
        }
        try (Connection memory = DriverManager.getConnection("jdbc:h2:mem:h2compaction", "sa", "")) {
            assertThat(H2FileCompaction.compact(H2FileCompaction.storeOf(memory), 200, H2FileCompaction.FILL_RATE_TRIGGER).compacted()).isFalse();
        }
    }

    private record Run(long fileBytes, int rounds, long longestRound, long millis, long slowestCommit) {
    }

    private Run write(boolean compact) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/h2-compaction-" + System.nanoTime()));
        // H2 frees an emptied chunk only once it is older than the retention time (45 s by default), which the
        // platform's rounds, 30 s apart over days, hardly notice; the test writes for seconds, so without it the
        // retention time would decide the file's size, not the rounds
        String url = "jdbc:h2:file:durable:./" + dir + "/db;WRITE_DELAY=0;RETENTION_TIME=0";
        Path file = dir.resolve("db.mv.db");
        try (Connection setup = DriverManager.getConnection(url, "sa", "");
             Statement s = setup.createStatement()) {
            s.execute("create table account (id int primary key, counter int not null, note varchar(400))");
            s.execute("create table entry (id bigint auto_increment primary key, account int, text varchar(400))");
            s.execute("insert into account select x, 0, repeat('调', 100) from system_range(1, " + ROWS + ")");

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong rounds = new AtomicLong();
            AtomicLong longest = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            List<Future<?>> writers = new ArrayList<>();
            long start = System.nanoTime();
            AtomicLong slowestCommit = new AtomicLong();
            AtomicLong committed = new AtomicLong();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> commit(url, committed, slowestCommit)));
            }
            Future<?> housekeeping = pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    long next = COMMITS_PER_ROUND;
                    while (compact && writing.get()) {
                        if (committed.get() < next) {
                            Thread.sleep(2);
                            continue;
                        }
                        next += COMMITS_PER_ROUND;
                        H2FileCompaction.Round round = H2FileCompaction.compact(H2FileCompaction.storeOf(c), 200, H2FileCompaction.FILL_RATE_TRIGGER);
                        if (round.compacted()) {
                            rounds.incrementAndGet();
                            longest.accumulateAndGet(round.millis(), Math::max);
                        }
                    }
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            writing.set(false);
            housekeeping.get(1, TimeUnit.MINUTES);
            pool.shutdown();
            long size = Files.size(file);

            assertThat(count(s, "select sum(counter) from account")).isEqualTo(WRITERS * COMMITS_PER_WRITER);
            assertThat(count(s, "select count(*) from entry")).isEqualTo(WRITERS * COMMITS_PER_WRITER);
            s.execute("shutdown");
            try (Connection reopened = DriverManager.getConnection(url, "sa", "");
                 Statement r = reopened.createStatement()) {
                assertThat(count(r, "select sum(counter) from account")).isEqualTo(WRITERS * COMMITS_PER_WRITER);
                assertThat(count(r, "select count(*) from entry where text is not null"))
                        .isEqualTo(WRITERS * COMMITS_PER_WRITER);
            }
            return new Run(size, (int) rounds.get(), longest.get(), millis, slowestCommit.get() / 1_000_000);
        }
    }

    private static Void commit(String url, AtomicLong committed, AtomicLong slowestNanos) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement update = c.prepareStatement("update account set counter = counter + 1, note = ? where id = ?");
             PreparedStatement insert = c.prepareStatement("insert into entry (account, text) values (?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < COMMITS_PER_WRITER; i++) {
                long start = System.nanoTime();
                int account = ThreadLocalRandom.current().nextInt(1, ROWS + 1);
                update.setString(1, "第" + i + "次 " + "调解记录".repeat(20));
                update.setInt(2, account);
                update.executeUpdate();
                insert.setInt(1, account);
                insert.setString(2, "记录".repeat(50));
                insert.executeUpdate();
                c.commit();
                slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                committed.incrementAndGet();
            }
        }
        return null;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
