package cn.jiyuan.mediation.performance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Measured durations (nanoseconds) and their percentiles (nearest rank), in milliseconds. */
final class Latencies {

    private final long[] nanos;

    Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    int count() {
        return nanos.length;
    }

    /** The p-th percentile in ms (nearest rank: the smallest value with at least p % of the values at or below it). */
    double percentile(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    double max() {
        return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
    }

    /** p50, p95, p99 and max, rounded to 0.1 ms. */
    Map<String, Object> summary() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("count", nanos.length);
        values.put("p50Millis", round(percentile(50)));
        values.put("p95Millis", round(percentile(95)));
        values.put("p99Millis", round(percentile(99)));
        values.put("maxMillis", round(max()));
        return values;
    }

    String shown() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", percentile(50), percentile(95),
                percentile(99), max(), nanos.length);
    }

    static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }
}
