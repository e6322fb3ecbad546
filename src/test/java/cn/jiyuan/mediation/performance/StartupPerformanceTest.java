package cn.jiyuan.mediation.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.PlatformProcess;

/**
 * The platform as its own process, started as README's demo start does (H2 file database under a fresh data folder,
 * demo data on; -Xmx512m and the classpath of the build, like the reliability tests' processes): the time from
 * launching the JVM to the first answer of the API to a demo user, on the very first start (empty folder: schema,
 * deployments, demo registry) and on a restart with the demo data present; then the restarted process under an
 * intake load of 50 requests/s from 4 clients, its heap (the management port's metric, sampled) and resident memory.
 * Prints {@code [perf] startup} lines and writes {@code target/performance/perf-startup.json}.
 */
@Tag("performance")
class StartupPerformanceTest {

    private static final long FIRST_ANSWER_TARGET_MILLIS = 10_000;
    private static final List<String> DEMO = List.of("--mediation.demo.enabled=true", "--mediation.demo.password=demo",
            "--mediation.admin.password=admin-secret");

    private final PerfReport report = new PerfReport("startup");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void firstAnswerAndMemoryUnderLoad() throws Exception {
        report.fact("loadAverageAtStart", PerformanceTestBase.loadAverage());
        Path dir = Path.of("target", "performance", "startup-" + System.currentTimeMillis()).toAbsolutePath();
        List<String> arguments = new ArrayList<>(DEMO);
        arguments.add("--mediation.data-dir=" + dir.resolve("data"));
        List<String> jvm = jfr(dir);

        long launchedFirst = System.nanoTime();
        try (PlatformProcess first = PlatformProcess.launch("first", dir, jvm, arguments)) {
            startFigure("startup.firstStart", "the very first start: empty data folder (schema, deployments, demo registry and"
                    + " users)", first, launchedFirst);
            first.stop();
        }
        long launched = System.nanoTime();
        try (PlatformProcess again = PlatformProcess.launch("restart", dir, jvm, arguments)) {
            startFigure("startup.restart", "a restart with the demo data present", again, launched);
            underLoad(again);
            again.stop();
        }
        report.fact("loadAverageAtEnd", PerformanceTestBase.loadAverage());
        report.finish(Path.of("target", "performance", "perf-startup.json"));
    }

    /** With -Dperf.jfr=true the processes record a flight recording next to their logs (for profiling). */
    private static List<String> jfr(Path dir) {
        return Boolean.getBoolean("perf.jfr") ? List.of("-XX:StartFlightRecording=filename=" + dir + "/platform-%p.jfr,settings=profile")
                : List.of();
    }

    /** Launch to readiness, then to the first answer of {@code GET /api/org/units} to the demo mediator 张丽. */
    private void startFigure(String key, String what, PlatformProcess platform, long launched) throws Exception {
        platform.awaitReadyPolling(50);
        long ready = System.nanoTime();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port()
                + "/api/org/units?level=TOWN")).header("Authorization", Http.basic("zhangli", "demo")).GET().build());
        long answered = System.nanoTime();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readTree(answer.body())).hasSize(16);
        long readyMillis = (ready - launched) / 1_000_000;
        long answerMillis = (answered - launched) / 1_000_000;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("readyMillis", readyMillis);
        values.put("firstAnswerMillis", answerMillis);
        report.figure(key, what + "; from launching the JVM, readiness polled every 50 ms", String.format("ready after %.1f s,"
                        + " first answer after %.1f s", readyMillis / 1000.0, answerMillis / 1000.0), values,
                "first answer <= 10 s", answerMillis <= FIRST_ANSWER_TARGET_MILLIS);
    }

    private void underLoad(PlatformProcess platform) throws Exception {
        String base = "http://127.0.0.1:" + platform.port();
        JsonNode villages = json.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/org/units?level=VILLAGE"))
                .header("Authorization", Http.basic("sunzhengxin", "demo")).GET().build()).body());
        List<FullSizeRegistry.Village> places = new ArrayList<>();
        villages.forEach(v -> places.add(new FullSizeRegistry.Village(v.path("code").asText(), v.path("townCode").asText(),
                "VC" + v.path("code").asText())));
        Disputes disputes = new Disputes(512);
        String metrics = "http://127.0.0.1:" + platform.managementPort() + "/actuator/metrics/";
        double gcBefore = metric(metrics + "jvm.gc.pause", "TOTAL_TIME");
        OpenLoopLoad.Result result;
        long start = System.nanoTime();
        try (ResourceSampler memory = ResourceSampler.of(platform.pid(),
                () -> (long) metric(metrics + "jvm.memory.used?tag=area:heap", "VALUE"))) {
            // the city centre's mediator registers anywhere in the city (demo users, password demo)
            result = OpenLoopLoad.run(50, 4, Duration.ofSeconds(Long.getLong("perf.intake.seconds", 20)), 201,
                    i -> HttpRequest.newBuilder(URI.create(base + "/api/cases")).header("Content-Type", "application/json")
                            .header("Authorization", Http.basic("sunzhengxin", "demo")).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(disputes.body(places.get(i % places.size())),
                                    StandardCharsets.UTF_8)).build());
            memory.close();
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            double gcMillis = (metric(metrics + "jvm.gc.pause", "TOTAL_TIME") - gcBefore) * 1000;
            Map<String, Object> values = new LinkedHashMap<>(result.latencies().summary());
            values.put("errors", result.errors());
            values.put("maxHeapMiB", 512);
            values.put("peakHeapMiB", memory.peakHeapBytes() / ResourceSampler.MIB);
            values.put("peakRssMiB", memory.peakRssBytes() / ResourceSampler.MIB);
            values.put("rssHighWaterMarkMiB", memory.highWaterMarkBytes() / ResourceSampler.MIB);
            values.put("gcMillis", Math.round(gcMillis));
            double gcShare = gcMillis * 100 / loadMillis;
            report.figure("memory.platformProcess", "the restarted platform process (-Xmx512m, serial GC) under 50 intakes/s"
                            + " from 4 clients: peak used heap (sampled every 50 ms), resident memory, GC time; intake " + result.shown(),
                    String.format("heap limit 512 MiB, peak used %d MiB, peak RSS %d MiB (high-water mark %d MiB), GC %.0f ms ="
                                    + " %.1f %% of %d s, %d errors", memory.peakHeapBytes() / ResourceSampler.MIB,
                            memory.peakRssBytes() / ResourceSampler.MIB, memory.highWaterMarkBytes() / ResourceSampler.MIB,
                            gcMillis, gcShare, loadMillis / 1000, result.errors()), values,
                    "heap <= 512 MiB (runs in -Xmx512m, no error, GC < 5 % of the time)",
                    result.errors() == 0 && memory.peakHeapBytes() <= 512 * ResourceSampler.MIB && gcShare < 5);
        }
        assertThat(result.requests() - result.errors()).isPositive();
    }

    /** A measurement of a Micrometer metric on the management port, or -1. */
    private double metric(String url, String statistic) {
        try {
            JsonNode body = json.readTree(send(HttpRequest.newBuilder(URI.create(url)).GET().build()).body());
            for (JsonNode m : body.path("measurements")) {
                if (statistic.equals(m.path("statistic").asText())) {
                    return m.path("value").asDouble();
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
