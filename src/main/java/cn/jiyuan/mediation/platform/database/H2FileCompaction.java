package cn.jiyuan.mediation.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 database's file from growing with every commit. With {@code WRITE_DELAY=0} (README "可靠性")
 * H2 stops the background thread that otherwise rewrites its half-empty chunks (h2database#442): every commit writes
 * a chunk of its own, a chunk is freed only when none of its pages is live any more, and the file grew to 1.9 GB after
 * 60,000 single-row commits and to 6.3 GB in the benchmark with 100,000 open tasks; only closing the database shrank
 * it. So on H2 the platform does that thread's rewriting itself: every {@code mediation.h2.compact-interval} (30 s),
 * when less than {@code mediation.h2.compact-below-percent} (80) per cent of the chunks' pages are live, it has
 * MVStore rewrite the live pages of its sparsest chunks for at most {@code mediation.h2.compact-millis} (200) ms, a
 * few hundred kilobytes at a time under the store's lock (commits wait meanwhile, as they wait for H2's own thread).
 * The emptied chunks are freed after H2's retention time (45 s), and new chunks take their place instead of the
 * file's end. While a round uses its whole time and leaves the chunks sparse (a bulk load), the next one follows
 * after 1 s. The store is taken once, at start: a round never waits for a pooled connection that requests need.
 *
 * <p>H2 offers this only through its store, not through SQL, so the store is reached through the session of a
 * connection: H2's classes, its public {@link MVStore#compact(int, int)}. Not {@link MVStore#compactFile(int)}, which
 * also moves chunks to shrink the file: it is made for a closing database, and with writers committing meanwhile it
 * failed H2's own assertion and closed the store (tried with {@code H2FileCompactionTest}). Closing the database
 * still shrinks the file.
 */
@Component
public class H2FileCompaction implements DisposableBean {

    /** Below this share of live pages in the chunks (per cent), a round rewrites; H2's own thread uses 90. */
    static final int FILL_RATE_TRIGGER = 80;

    /** Live data one call rewrites at most, at first: a few milliseconds of commits' waiting. */
    static final int REWRITE_BYTES = 256 * 1024;
    private static final int MAX_REWRITE_BYTES = 4 * 1024 * 1024;

    /** The pause between rounds while they are catching up: a round of 200 ms, then 1 s for the requests. */
    static final Duration CATCH_UP = Duration.ofSeconds(1);

    /** Calls in a row that rewrote nothing, after which a round ends; 5 ms apart. */
    static final int MISSES_PER_ROUND = 5;
    private static final long MISS_PAUSE_NANOS = 5_000_000;

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

    private final DataSource dataSource;
    private final Duration interval;
    private final int millis;
    private final int fillRate;
    private ScheduledExecutorService timer;
    /** The database's store, taken once: a round must not wait for a pooled connection that requests need. */
    private volatile MVStore store;

    public H2FileCompaction(DataSource dataSource,
            @Value("${mediation.h2.compact-interval:30s}") Duration interval,
            @Value("${mediation.h2.compact-millis:200}") int millis,
            @Value("${mediation.h2.compact-below-percent:" + FILL_RATE_TRIGGER + "}") int fillRate) {
        this.dataSource = dataSource;
        this.interval = interval;
        this.millis = millis;
        this.fillRate = fillRate;
    }

    /**
     * What one round found and did: {@code compacted} when it rewrote chunks; {@code millis} the whole round, commits
     * waiting only during each rewrite in it.
     */
    public record Round(boolean compacted, long fileBytesBefore, long fileBytesAfter, int fillRateBefore,
            int fillRateAfter, long millis) {
    }

    @EventListener
    public void onStartup(ApplicationReadyEvent event) throws SQLException {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!"h2".equals(EngineSchema.databaseType(connection))) {
                return;
            }
            store = storeOf(connection);
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        timer.schedule(this::roundAndNext, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round now on the platform's database (H2 only, once started). */
    public Round run() {
        return compact(store, millis, fillRate);
    }

    /** The store of the database an open H2 connection belongs to. */
    public static MVStore storeOf(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                .getMvStore();
    }

    /**
     * One round on an H2 store: rewrites for at most {@code maxMillis} when less than {@code belowPercent} per cent of
     * the chunks' pages are live. Nothing to do without a store (not H2, not started), without a file (in memory), or
     * once it is closed.
     */
    public static Round compact(MVStore store, int maxMillis, int belowPercent) {
        FileStore<?> file = store == null ? null : store.getFileStore();
        if (file == null || store.isClosed()) {
            return new Round(false, 0, 0, 100, 100, 0);
        }
        long before = file.size();
        int fillRate = file.getChunksFillRate();
        if (fillRate >= belowPercent) {
            return new Round(false, before, before, fillRate, fillRate, 0);
        }
        long start = System.nanoTime();
        long stopAt = start + maxMillis * 1_000_000L;
        // each call marks the live pages of the sparsest chunks (at first up to REWRITE_BYTES) as changed, under the
        // store's lock, as H2's own thread does; the store's commit then writes them into a new chunk (H2's thread
        // commits on its next tick, this one at once: the platform's commits may be minutes apart).
        // A call rewrites nothing when it did not get the store's lock within 10 ms (commits hold it while they
        // write), when no chunk is older than the retention time (right after a start), or when the sparsest chunk
        // alone holds more live data than the call may write (H2 then drops every candidate): after a miss the next
        // call may write four times as much, up to 4 MiB (H2's own compaction on close takes 16 MiB a step).
        boolean any = false;
        int misses = 0;
        int limit = REWRITE_BYTES;
        while (misses < MISSES_PER_ROUND && System.nanoTime() < stopAt) {
            if (store.compact(belowPercent, limit)) {
                store.commit();
                any = true;
                misses = 0;
                limit = REWRITE_BYTES;
            } else {
                misses++;
                limit = Math.min(limit * 4, MAX_REWRITE_BYTES);
                LockSupport.parkNanos(MISS_PAUSE_NANOS);
            }
        }
        return new Round(any, before, file.size(), fillRate, file.getChunksFillRate(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A round, then the next one: after the interval, or after {@link #CATCH_UP} when this round used its whole time
     * and left the chunks still sparse (a bulk load writes faster than one round in 30 s rewrites).
     */
    private void roundAndNext() {
        Duration next = interval;
        try {
            Round round = run();
            // every 30 s while cases are worked on: not for the operator's everyday log
            if (round.compacted()) {
                log.debug("H2 file compacted in {} ms: {} MB -> {} MB, live pages in chunks {} % -> {} %",
                        round.millis(), round.fileBytesBefore() >> 20, round.fileBytesAfter() >> 20,
                        round.fillRateBefore(), round.fillRateAfter());
                if (round.millis() >= millis && round.fillRateAfter() < fillRate && CATCH_UP.compareTo(interval) < 0) {
                    next = CATCH_UP;
                }
            } else {
                log.debug("H2 file: nothing rewritten ({} MB, live pages in chunks {} %)",
                        round.fileBytesBefore() >> 20, round.fillRateBefore());
            }
        } catch (RuntimeException e) {
            // the file only grows meanwhile; the next round tries again
            log.warn("H2 file compaction failed: {}", e.toString());
        }
        try {
            timer.schedule(this::roundAndNext, next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the platform is shutting down
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        if (timer != null) {
            // no interrupt: H2 closes a file channel whose thread is interrupted, and the store with it
            timer.shutdown();
            timer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
