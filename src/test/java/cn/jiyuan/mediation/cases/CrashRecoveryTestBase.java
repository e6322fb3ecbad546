package cn.jiyuan.mediation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.PlatformProcess;

/**
 * README "可靠性": an answered write survives {@code kill -9}. The platform runs as a separate process; several
 * threads register cases (POST /api/cases with an Idempotency-Key) and complete mediation tasks
 * (/engine-rest/task/{id}/complete) over real HTTP while the process is killed with SIGKILL in the middle of the
 * burst. After a restart on the same database:
 * <ul>
 * <li>every intake answered 201 is there with the answered id and case number, and a replay of its key answers
 * the same case;</li>
 * <li>every key, also those whose request was cut off, gives exactly one case when replayed: nothing twice;</li>
 * <li>every completion answered 204 stays completed;</li>
 * <li>case numbers are unique, gapless per committee and year, and continue after the last one given out.</li>
 * </ul>
 * The database (H2 file or PostgreSQL) is chosen by the subclass.
 */
@Tag("reliability")
abstract class CrashRecoveryTestBase {

    static final String USER = "zhangli";
    static final List<String> VILLAGES = List.of(CaseRequests.DONGXU, "419001100202", "419001100203");
    static final int INTAKE_THREADS = 6;
    static final int COMPLETION_THREADS = 2;
    static final int PREPARED_TASKS = 24;
    /** The burst is cut once this many intakes were answered (and at the latest after KILL_AFTER). */
    static final int KILL_AT_ANSWERS = 40;
    static final Duration KILL_AFTER = Duration.ofSeconds(15);

    final Path root = Path.of("target/test-data/crash-" + getClass().getSimpleName() + "-" + System.nanoTime())
            .toAbsolutePath();

    /** Arguments that put the platform on the test's database. */
    abstract List<String> databaseArguments();

    /** A connection to the database while no platform runs. */
    abstract Connection openDatabase() throws SQLException;

    /**
     * What the killed platform's run must also have done (its log is complete: the process is gone); the burst
     * began at {@code burstStart}.
     */
    void killedRun(PlatformProcess first, Instant burstStart) throws Exception {
    }

    record Answer(String key, String body, long caseId, String caseNumber) {
    }

    @Test
    void everyAnsweredIntakeAndCompletionSurvivesAKillDuringABurst() throws Exception {
        List<String> arguments = new ArrayList<>(PlatformProcess.DEMO);
        arguments.addAll(databaseArguments());

        Map<String, String> sentKeys = new ConcurrentHashMap<>();            // key -> body, every request sent
        List<Answer> answered = new ArrayList<>();
        List<String> completedTasks = new ArrayList<>();
        long burstMillis;
        try (PlatformProcess first = PlatformProcess.start("first", root, arguments)) {
            Http http = new Http(first.port());
            List<String> taskIds = prepareMediationTasks(http);

            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> completions = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> otherAnswers = new ConcurrentLinkedQueue<>();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger nextTask = new AtomicInteger();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            ExecutorService threads = Executors.newFixedThreadPool(INTAKE_THREADS + COMPLETION_THREADS);
            long start = System.nanoTime();
            Instant burstStart = Instant.now();
            for (int t = 0; t < INTAKE_THREADS; t++) {
                int thread = t;
                threads.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        String key = "crash-" + thread + "-" + i;
                        ObjectNode body = CaseRequests.neighbourDispute();
                        body.put("villageCode", VILLAGES.get((thread + i) % VILLAGES.size()));
                        body.put("summary", "院墙排水纠纷，第" + thread + "组第" + i + "件。");
                        sentKeys.put(key, body.toString());
                        try {
                            HttpResponse<String> r = client.send(intake(http, body.toString(), key),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            if (r.statusCode() == 201) {
                                JsonNode c = CaseRequests.parse(r.body());
                                answers.add(new Answer(key, body.toString(), c.get("caseId").asLong(),
                                        c.get("caseNumber").asText()));
                            } else {
                                otherAnswers.add(r.statusCode() + " " + r.body());
                            }
                        } catch (Exception cutOff) {
                            // the process is gone: no answer, the outcome is decided by the replay below
                        }
                    }
                });
            }
            for (int t = 0; t < COMPLETION_THREADS; t++) {
                threads.submit(() -> {
                    for (int i = nextTask.getAndIncrement(); i < taskIds.size() && !killed.get();
                         i = nextTask.getAndIncrement()) {
                        try {
                            HttpResponse<String> r = client.send(completion(http, taskIds.get(i)),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            if (r.statusCode() == 204) {
                                completions.add(taskIds.get(i));
                            } else {
                                otherAnswers.add(r.statusCode() + " " + r.body());
                            }
                            Thread.sleep(100);
                        } catch (Exception cutOff) {
                            // as above
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + KILL_AFTER.toNanos();
            while (answers.size() < KILL_AT_ANSWERS && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            first.kill();
            burstMillis = (System.nanoTime() - start) / 1_000_000;
            killed.set(true);
            threads.shutdown();
            assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            answered.addAll(answers);
            completedTasks.addAll(completions);
            assertThat(otherAnswers).as("answers other than success before the kill").isEmpty();
            killedRun(first, burstStart);
        }
        System.out.printf("[%s] burst of %d ms before kill -9: %d intakes sent, %d answered 201 (%.1f/s), "
                        + "%d task completions answered 204%n", getClass().getSimpleName(), burstMillis, sentKeys.size(),
                answered.size(), answered.size() * 1000.0 / burstMillis, completedTasks.size());
        // the kill must fall into the burst, with answered intakes before it (their number depends on the machine)
        assertThat(answered).hasSizeGreaterThanOrEqualTo(10);
        assertThat(completedTasks).isNotEmpty();

        Map<String, Long> replayedCaseIds = new HashMap<>();
        List<Answer> afterRestart = new ArrayList<>();
        try (PlatformProcess second = PlatformProcess.start("second", root, arguments)) {
            Http http = new Http(second.port());
            for (Answer a : answered) {
                HttpResponse<String> read = http.get("/api/cases/" + a.caseId(), USER, "demo");
                assertThat(read.statusCode()).as("case %d answered before the kill", a.caseId()).isEqualTo(200);
                assertThat(CaseRequests.parse(read.body()).get("caseNumber").asText()).isEqualTo(a.caseNumber());
            }
            // every key sent, answered or cut off, replayed: the answered ones give their case again
            for (Map.Entry<String, String> sent : sentKeys.entrySet()) {
                JsonNode c = CaseRequests.created(CaseRequests.post(http, USER, "demo", sent.getValue(), sent.getKey()));
                replayedCaseIds.put(sent.getKey(), c.get("caseId").asLong());
            }
            for (Answer a : answered) {
                assertThat(replayedCaseIds.get(a.key())).as("replay of " + a.key()).isEqualTo(a.caseId());
            }
            for (int i = 0; i < VILLAGES.size(); i++) {
                ObjectNode body = CaseRequests.neighbourDispute();
                body.put("villageCode", VILLAGES.get(i));
                JsonNode c = CaseRequests.created(CaseRequests.post(http, USER, "demo", body.toString(), "after-" + i));
                afterRestart.add(new Answer("after-" + i, body.toString(), c.get("caseId").asLong(),
                        c.get("caseNumber").asText()));
            }
            second.stop();
        }

        try (Connection connection = openDatabase()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            for (Answer a : answered) {
                assertThat(jdbc.queryForObject("select case_number from case_file where id = ?", String.class,
                        a.caseId())).isEqualTo(a.caseNumber());
            }
            // one case per key: the keys' cases are distinct and are all the cases of the burst
            assertThat(Set.copyOf(replayedCaseIds.values())).hasSize(sentKeys.size());
            int burstCases = jdbc.queryForObject("select count(*) from case_file where summary like '院墙排水纠纷，第%'",
                    Integer.class);
            assertThat(burstCases).isEqualTo(sentKeys.size());

            // numbers: unique, gapless per committee and year, the counter at the last one
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select committee_code, case_year, sequence_no, case_number from case_file");
            assertThat(rows.stream().map(r -> r.get("case_number")).distinct().count()).isEqualTo(rows.size());
            Map<String, List<Integer>> sequences = new TreeMap<>();
            rows.forEach(r -> sequences.computeIfAbsent(r.get("committee_code") + "/" + r.get("case_year"),
                    k -> new ArrayList<>()).add(((Number) r.get("sequence_no")).intValue()));
            sequences.forEach((committee, numbers) -> {
                numbers.sort(Integer::compareTo);
                for (int i = 0; i < numbers.size(); i++) {
                    assertThat(numbers.get(i)).as("number %d of %s", i + 1, committee).isEqualTo(i + 1);
                }
                String[] parts = committee.split("/");
                assertThat(jdbc.queryForObject("select last_value from case_number_counter where committee_code = ?"
                        + " and case_year = ?", Integer.class, parts[0], Integer.parseInt(parts[1])))
                        .isEqualTo(numbers.size());
            });
            Set<String> before = new java.util.HashSet<>();
            answered.forEach(a -> before.add(a.caseNumber()));
            afterRestart.forEach(a -> assertThat(before).doesNotContain(a.caseNumber()));

            // completions answered 204 stay completed
            for (String taskId : completedTasks) {
                assertThat(jdbc.queryForObject("select count(*) from act_ru_task where id_ = ?", Integer.class, taskId))
                        .as("task %s completed before the kill", taskId).isZero();
                assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not"
                        + " null", Integer.class, taskId)).isEqualTo(1);
            }
            System.out.printf("[%s] after restart: %d answered cases found with their numbers, %d keys replayed"
                            + " (%d cut off before an answer), %d completions kept, %d committees gapless%n",
                    getClass().getSimpleName(), answered.size(), sentKeys.size(), sentKeys.size() - answered.size(),
                    completedTasks.size(), sequences.size());
        }
    }

    /** Cases of zhangli's committee with an open mediation task, for the completions of the burst. */
    private List<String> prepareMediationTasks(Http http) {
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < PREPARED_TASKS; i++) {
            JsonNode c = CaseRequests.created(CaseRequests.post(http, USER, "demo",
                    CaseRequests.neighbourDispute().toString(), "prepare-" + i));
            JsonNode tasks = CaseRequests.parse(http.get("/engine-rest/task?taskDefinitionKey=mediate&processInstanceId="
                    + c.get("processInstanceId").asText(), USER, "demo").body());
            assertThat(tasks).hasSize(1);
            taskIds.add(tasks.get(0).get("id").asText());
        }
        return taskIds;
    }

    private static HttpRequest intake(Http http, String body, String key) {
        return HttpRequest.newBuilder(URI.create(http.url("/api/cases"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", Http.basic(USER, "demo"))
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static HttpRequest completion(Http http, String taskId) {
        String body = "{\"variables\":{\"mediationAction\":{\"value\":\"CONCLUDE\",\"type\":\"String\"},"
                + "\"outcome\":{\"value\":\"NO_AGREEMENT\",\"type\":\"String\"},"
                + "\"outcomeNotes\":{\"value\":\"经多次调解，双方未能达成协议。\",\"type\":\"String\"}}}";
        return HttpRequest.newBuilder(URI.create(http.url("/engine-rest/task/" + taskId + "/complete")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", Http.basic(USER, "demo"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
