package cn.jiyuan.mediation.performance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The performance run's figures: printed as they come, as lines starting with {@code [perf]} and the database they
 * were measured on (easy to grep from the build log), and written to a JSON file at the end. A figure with a target
 * says "met" or "not met"; a figure without one (a description of the load, a rate the issue sets no target for)
 * says "no target".
 */
final class PerfReport {

    private final String run;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<Map<String, Object>> figures = new ArrayList<>();

    /** @param run what the lines are tagged with: the database ("h2", "postgres") or "startup" */
    PerfReport(String run) {
        this.run = run;
    }

    /** A fact about the run (sizes, versions, the machine's load): printed and kept. */
    void fact(String key, Object value) {
        facts.put(key, value);
        System.out.printf("[perf] %-8s %s: %s%n", run, key, value);
    }

    /**
     * A figure and its target.
     *
     * @param shown the figure as printed, e.g. {@code p50 12 ms, p95 30 ms, p99 41 ms, 0 errors}
     * @param target the target as printed, e.g. {@code p99 <= 50 ms}; null when the issue sets none
     * @param met whether the target is met (ignored without a target)
     */
    void figure(String key, String what, String shown, Map<String, Object> values, String target, boolean met) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("key", key);
        figure.put("what", what);
        figure.putAll(values);
        figure.put("shown", shown);
        figure.put("target", target);
        figure.put("met", target == null ? null : met);
        figures.add(figure);
        String verdict = target == null ? "no target" : "target " + target + ": " + (met ? "met" : "NOT MET");
        System.out.printf("[perf] %-8s %-34s %s — %s — %s%n", run, key, shown, verdict, what);
    }

    /** Prints which targets were met and which not, and writes everything to {@code file}. */
    void finish(Path file) throws IOException {
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Map<String, Object> f : figures) {
            if (f.get("target") != null) {
                (Boolean.TRUE.equals(f.get("met")) ? met : missed).add((String) f.get("key"));
            }
        }
        System.out.printf("[perf] %-8s targets met (%d): %s%n", run, met.size(), met);
        System.out.printf("[perf] %-8s targets not met (%d): %s%n", run, missed.size(), missed);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run);
        json.put("facts", facts);
        json.put("figures", figures);
        json.put("met", met);
        json.put("notMet", missed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        System.out.printf("[perf] %-8s written to %s%n", run, file.toAbsolutePath());
    }
}
