package cn.jiyuan.mediation.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's figures: printed as they come (lines starting with {@code [bench]}, easy to grep from the build
 * log) and written to a JSON file at the end. A timed figure is judged on the median of its measured runs, after
 * one unmeasured warm-up run (the first query of a kind pays for parsing, planning and a cold cache); the warm-up
 * is reported too, so a cold start is not hidden.
 */
final class BenchmarkReport {

    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<Map<String, Object>> figures = new ArrayList<>();

    /** A fact about the run (sizes, versions, the generation): printed and kept. */
    void fact(String key, Object value) {
        facts.put(key, value);
        System.out.printf("[bench] %s: %s%n", key, value);
    }

    /**
     * Runs {@code work} once unmeasured, then {@code runs} times measured (fewer if the runs together exceed a
     * minute: a figure far off its target needs no more repetitions to be judged), and records the times.
     *
     * @return what the last run returned, for a description of what was measured (e.g. the rows found)
     */
    <T> T time(String key, String what, long targetMillis, int runs, Callable<T> work) throws Exception {
        long warmStart = System.nanoTime();
        T result = work.call();
        long warmUp = millisSince(warmStart);
        List<Long> times = new ArrayList<>();
        long spent = 0;
        for (int i = 0; i < runs && (i == 0 || spent < 60_000); i++) {
            long start = System.nanoTime();
            result = work.call();
            long ms = millisSince(start);
            times.add(ms);
            spent += ms;
        }
        List<Long> sorted = times.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        boolean met = median <= targetMillis;
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("key", key);
        figure.put("what", what);
        figure.put("targetMillis", targetMillis);
        figure.put("warmUpMillis", warmUp);
        figure.put("runsMillis", times);
        figure.put("medianMillis", median);
        figure.put("met", met);
        figures.add(figure);
        System.out.printf("[bench] %-28s median %6d ms (runs %s, warm-up %d ms), target <= %d ms: %s — %s%n", key,
                median, times, warmUp, targetMillis, met ? "MET" : "MISSED", what);
        return result;
    }

    /** A figure measured otherwise (the export's heap), judged against its target by the caller's {@code met}. */
    void figure(String key, String what, Map<String, Object> values, boolean met) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("key", key);
        figure.put("what", what);
        figure.putAll(values);
        figure.put("met", met);
        figures.add(figure);
        System.out.printf("[bench] %-28s %s: %s — %s%n", key, values, met ? "MET" : "MISSED", what);
    }

    /** Prints the summary of met and missed targets and writes everything to {@code file}. */
    void finish(Path file) throws IOException {
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Map<String, Object> f : figures) {
            (Boolean.TRUE.equals(f.get("met")) ? met : missed).add((String) f.get("key"));
        }
        System.out.printf("[bench] targets met (%d): %s%n", met.size(), met);
        System.out.printf("[bench] targets missed (%d): %s%n", missed.size(), missed);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("facts", facts);
        json.put("figures", figures);
        json.put("met", met);
        json.put("missed", missed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        System.out.printf("[bench] written to %s%n", file.toAbsolutePath());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
