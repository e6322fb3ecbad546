package cn.jiyuan.mediation.performance;

import java.time.Duration;
import java.util.Arrays;

/**
 * Repeats a query for its latency figures: three warm-up runs (fewer once they took the budget), then up to
 * {@code perf.queryRuns} measured runs (30). A query far slower than its target needs no thirty runs to show it: once
 * at least {@link #MIN_RUNS} measured runs have taken {@code perf.queryBudgetSeconds} (10 s) in all, the repetition
 * stops, and the figure says how many runs it holds (n). On H2 with 100,000 open tasks the slow filters took 2 to 5 s
 * a run: 33 runs of each made up a third of the whole benchmark, without changing what the figure says.
 */
final class RepeatedQuery {

    static final int MIN_RUNS = 10;
    private static final int WARM_UP = 3;

    /** One run of the query; it checks its own answer. */
    interface Run {
        void once() throws Exception;
    }

    private RepeatedQuery() {
    }

    static Latencies measure(Run run) throws Exception {
        int runs = Integer.getInteger("perf.queryRuns", 30);
        long budget = Duration.ofSeconds(Long.getLong("perf.queryBudgetSeconds", 10)).toNanos();
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < WARM_UP && System.nanoTime() - warmUpStart < budget; i++) {
            run.once();
        }
        long[] times = new long[runs];
        long spent = 0;
        int done = 0;
        while (done < runs && (done < MIN_RUNS || spent < budget)) {
            long start = System.nanoTime();
            run.once();
            times[done] = System.nanoTime() - start;
            spent += times[done];
            done++;
        }
        return new Latencies(Arrays.copyOf(times, done));
    }
}
