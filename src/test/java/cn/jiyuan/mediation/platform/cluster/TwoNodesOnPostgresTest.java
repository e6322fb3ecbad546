package cn.jiyuan.mediation.platform.cluster;

import static cn.jiyuan.mediation.support.SmtpServer.messageId;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DurablePostgres;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.PlatformProcess;
import cn.jiyuan.mediation.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;

/**
 * README "可靠性", two nodes on one database: two platform processes on one PostgreSQL database and one SMTP server
 * (GreenMail), started at the same moment (the startup lock lets one do its startup work after the other), form a
 * homogeneous Camunda cluster: both take intakes and both job executors send the e-mails. Cases with an early
 * warning (a vulnerable party: HIGH risk, warning e-mails to the town by asynchronous jobs) are registered through
 * both nodes in turn; node B is killed with SIGKILL in the middle, and its share of requests goes to node A with the
 * same Idempotency-Key, as a load balancer would retry. Every case is then concluded (the outcome is reported to
 * everyone warned, again by asynchronous jobs). In the end: every answered case is there once with a unique,
 * gapless number, every case and its warning process finished, every e-mail recorded once in sent_mail and received
 * by the SMTP server, every job succeeded once, and both nodes ran jobs. Timers: a quarter of the way in, and again
 * after the intakes, the cases' waiting timers are made due (their dates are weeks ahead): every case's deadline
 * reminder, overdue supervision by the justice office and then by the city centre happen exactly once, on whichever
 * node took the timer.
 */
@Tag("reliability")
class TwoNodesOnPostgresTest {

    static final String USER = "zhangli";
    static final String KEJING = "419001100";
    /** 克井镇东许村: its cases are numbered by the committee triage picks (the town's for a HIGH dispute). */
    static final String DONGXU = "419001100201";
    static final int CASES = 200;
    static final int THREADS = 8;
    /** Jobs locked by the killed node are taken over after this lock time. */
    static final int JOB_LOCK_MILLIS = 15_000;
    static final int JOB_THREADS = 4;
    /**
     * Bound for the job executors to work off what the run left (on a shared 2-core CI machine the outcome e-mails
     * of 200 cases on the one surviving node took over 4 minutes; locally about 2).
     */
    static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(12);

    private static DurablePostgres server;
    private static String url;
    private final Path root = Path.of("target/test-data/cluster-" + System.nanoTime()).toAbsolutePath();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startServers() {
        server = DurablePostgres.start();
        url = server.newDatabase("cluster");
        SmtpServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private List<String> arguments(String node, boolean historyCleanup) {
        List<String> arguments = new ArrayList<>(PlatformProcess.DEMO);
        arguments.addAll(DurablePostgres.platformArguments(url, root.resolve("data-" + node)));
        arguments.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SmtpServer.port(),
                "--MEDIATION_HISTORY_CLEANUP_ENABLED=" + historyCleanup, "--MEDIATION_JOB_LOCK_MILLIS=" + JOB_LOCK_MILLIS,
                "--camunda.bpm.job-execution.core-pool-size=" + JOB_THREADS,
                "--camunda.bpm.job-execution.max-pool-size=" + JOB_THREADS,
                // idle acquisition looks again within 2 s: jobs created by the other node are found soon
                "--camunda.bpm.job-execution.max-wait=2000",
                // the engine's host name goes into the job log: which node ran a job
                "--camunda.bpm.generic-properties.properties.hostname=node-" + node));
        return arguments;
    }

    @Test
    void twoNodesShareIntakeAndJobsAndSurviveTheKillOfOne() throws Exception {
        long started = System.nanoTime();
        PlatformProcess a = PlatformProcess.launch("node-a", root, arguments("a", true));
        PlatformProcess b = PlatformProcess.launch("node-b", root, arguments("b", false));
        try (a; b) {
            a.awaitReady();
            b.awaitReady();
            System.out.printf("[cluster] both nodes ready after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
            try (Connection c = database()) {
                assertStartupWorkDoneOnce(jdbc(c));
            }

            // intakes through both nodes in turn; B is killed half-way, its requests then go to A (same key)
            Map<Integer, JsonNode> cases = new ConcurrentHashMap<>();
            AtomicInteger failovers = new AtomicInteger();
            AtomicInteger next = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> work = new ArrayList<>();
            long intakeStart = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                work.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < CASES; i = next.getAndIncrement()) {
                        if (i == CASES / 4) {
                            // time passes for the cases registered so far: both nodes' executors compete for the timers
                            try (Connection c = database()) {
                                System.out.printf("[cluster] %d timers of %d cases made due%n",
                                        moveTimersDue(jdbc(c)), cases.size());
                            }
                        }
                        if (i == CASES / 2 && b.isAlive()) {
                            b.kill();
                            System.out.printf("[cluster] node B killed (kill -9) after %d intakes%n", cases.size());
                        }
                        PlatformProcess preferred = i % 2 == 0 ? a : b;
                        String key = "cluster-" + i;
                        String body = dispute(i).toString();
                        JsonNode answer = intake(preferred, body, key);
                        if (answer == null) {
                            failovers.incrementAndGet();
                            answer = intake(a, body, key);
                        }
                        assertThat(answer).as("intake %d", i).isNotNull();
                        cases.put(i, answer);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            System.out.printf("[cluster] %d cases registered in %d s (%d requests failed over from B to A)%n",
                    cases.size(), (System.nanoTime() - intakeStart) / 1_000_000_000, failovers.get());
            assertThat(cases).hasSize(CASES);
            assertThat(b.isAlive()).isFalse();

            // time passes for every case: deadline reminders, overdue supervision by the justice office, then by
            // the city centre (its timer is created when the justice office's task is)
            try (Connection connection = database()) {
                fireAllTimers(jdbc(connection));
                assertEveryTimerFiredOnce(jdbc(connection));
            }

            // conclude every case on A: the outcome e-mails follow
            long concludeStart = System.nanoTime();
            List<Future<?>> conclusions = new ArrayList<>();
            for (JsonNode c : cases.values()) {
                assertThat(c.get("earlyWarning").asBoolean()).as(c.toString()).isTrue();
                conclusions.add(threads.submit(() -> {
                    activateContingencyPlan(a, c.get("caseNumber").asText());
                    conclude(a, c.get("processInstanceId").asText(), mediatorOf(c.get("committeeCode").asText()));
                    return null;
                }));
            }
            for (Future<?> f : conclusions) {
                f.get();
            }
            threads.shutdown();
            System.out.printf("[cluster] %d cases concluded in %d s%n", cases.size(),
                    (System.nanoTime() - concludeStart) / 1_000_000_000);

            try (Connection connection = database()) {
                JdbcTemplate jdbc = jdbc(connection);
                awaitSettled(jdbc);
                assertEverythingOnce(jdbc, cases);
            }
            System.out.printf("[cluster] whole run %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /**
     * Makes the waiting timers of the case processes due now, as if their day had come: the job executors of the
     * nodes then compete for them exactly as on that day. (The engine clock cannot be moved across processes; the
     * timers' own dates are weeks ahead.)
     */
    private static int moveTimersDue(JdbcTemplate jdbc) {
        return jdbc.update("update act_ru_job set duedate_ = current_timestamp where handler_type_ like 'timer%'"
                + " and process_def_key_ = 'dispute-case' and duedate_ > current_timestamp");
    }

    /** Makes timers due until none is left waiting or due: each firing may create the next (city centre). */
    private static void fireAllTimers(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        String due = "select count(*) from act_ru_job where handler_type_ like 'timer%' and process_def_key_ ="
                + " 'dispute-case' and duedate_ <= current_timestamp";
        while (System.nanoTime() < deadline) {
            int moved = moveTimersDue(jdbc);
            int waiting = jdbc.queryForObject(due, Integer.class);
            if (moved == 0 && waiting == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("timers not fired: " + jdbc.queryForObject(due, Integer.class));
    }

    /** Every case had its reminder, its justice office's and its city centre's supervision exactly once. */
    private static void assertEveryTimerFiredOnce(JdbcTemplate jdbc) {
        for (String activity : List.of("remindDeadline", "superviseByJusticeOffice", "superviseByCityCenter")) {
            List<Map<String, Object>> perCase = jdbc.queryForList("select a.proc_inst_id_, count(*) n from"
                    + " act_hi_actinst a join act_re_procdef d on d.id_ = a.proc_def_id_ where d.key_ = 'dispute-case'"
                    + " and a.act_id_ = ? group by a.proc_inst_id_", activity);
            assertThat(perCase).as("cases with %s", activity).hasSize(CASES);
            assertThat(perCase).as("%s more than once", activity).allMatch(r -> ((Number) r.get("n")).intValue() == 1);
        }
        List<Map<String, Object>> byNode = jdbc.queryForList("select hostname_, count(*) n from act_hi_job_log where"
                + " job_state_ = 2 and job_def_type_ like 'timer%' and process_def_key_ = 'dispute-case'"
                + " group by hostname_");
        Map<String, Long> firedPerNode = new HashMap<>();
        byNode.forEach(r -> firedPerNode.put(String.valueOf(r.get("hostname_")), ((Number) r.get("n")).longValue()));
        long fired = firedPerNode.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("[cluster] %d timers fired (%s), each once%n", fired, firedPerNode);
        // per case: the deadline reminder, the deadline itself, the city centre's turn
        assertThat(fired).isEqualTo(3L * CASES);
        assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ like"
                + " 'timer%' group by job_id_ having count(*) > 1", String.class)).as("timers fired twice").isEmpty();
    }

    /** Two nodes started together did the startup work once: one deployment per model, no duplicate rows. */
    private void assertStartupWorkDoneOnce(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("select key_ from act_re_procdef group by key_ having count(*) > 1",
                String.class)).as("process definitions deployed twice").isEmpty();
        assertThat(jdbc.queryForList("select name_ from act_ru_filter group by name_, owner_ having count(*) > 1",
                String.class)).as("Tasklist filters created twice").isEmpty();
        assertThat(jdbc.queryForList("select type_ || ':' || resource_type_ || ':' || resource_id_ || ':'"
                + " || coalesce(group_id_, '') || ':' || coalesce(user_id_, '') from act_ru_authorization group by type_,"
                + " resource_type_, resource_id_, group_id_, user_id_ having count(*) > 1", String.class)).as("grants given twice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'zhangli'", Integer.class))
                .isEqualTo(1);
    }

    private void awaitSettled(JdbcTemplate jdbc) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + SETTLE_TIMEOUT.toNanos();
        String open = "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where d.key_ in ('dispute-case', 'early-warning')";
        while (System.nanoTime() < deadline) {
            int running = jdbc.queryForObject(open, Integer.class);
            int jobs = jdbc.queryForObject("select count(*) from act_ru_job where handler_type_ <> 'history-cleanup'"
                    + " and (duedate_ is null or duedate_ <= current_timestamp)", Integer.class);
            if (running == 0 && jobs == 0) {
                System.out.printf("[cluster] settled %d s after the last conclusion%n",
                        (System.nanoTime() - start) / 1_000_000_000);
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not settled within " + SETTLE_TIMEOUT + ": " + jdbc.queryForList("select d.key_, e.act_id_, count(*) from"
                + " act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ group by d.key_, e.act_id_")
                + " jobs: " + jdbc.queryForList("select handler_type_, exception_msg_, retries_, lock_owner_ from"
                + " act_ru_job where duedate_ is null or duedate_ <= current_timestamp"));
    }

    private void assertEverythingOnce(JdbcTemplate jdbc, Map<Integer, JsonNode> cases) {
        // every answered case, once, with its number; numbers gapless per committee
        for (JsonNode c : cases.values()) {
            assertThat(jdbc.queryForObject("select case_number from case_file where id = ?", String.class,
                    c.get("caseId").asLong())).isEqualTo(c.get("caseNumber").asText());
        }
        assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(CASES);
        assertThat(cases.values().stream().map(c -> c.get("caseNumber").asText()).distinct().count())
                .isEqualTo(CASES);
        for (Map<String, Object> committee : jdbc.queryForList("select committee_code, count(*) n, min(sequence_no) lo,"
                + " max(sequence_no) hi from case_file group by committee_code")) {
            assertThat(((Number) committee.get("lo")).intValue()).isEqualTo(1);
            assertThat(((Number) committee.get("hi")).longValue()).as("gapless in %s", committee.get("committee_code"))
                    .isEqualTo(((Number) committee.get("n")).longValue());
        }

        // every case and its warning process finished
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ ="
                + " p.proc_def_id_ where d.key_ = 'dispute-case' and p.end_time_ is not null", Integer.class))
                .isEqualTo(CASES);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ ="
                + " p.proc_def_id_ where d.key_ = 'early-warning' and p.end_time_ is not null", Integer.class))
                .isEqualTo(CASES);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();

        // every e-mail: recorded once, received, per case a warning and an outcome report to the same recipients
        List<Map<String, Object>> sent = jdbc.queryForList("select case_id, kind, recipient, message_id from sent_mail");
        Map<Object, List<Map<String, Object>>> perCase = sent.stream().collect(Collectors.groupingBy(m -> m.get("case_id")));
        assertThat(perCase).hasSize(CASES);
        perCase.forEach((caseId, mails) -> {
            Set<Object> warned = mails.stream().filter(m -> "WARNING".equals(m.get("kind"))).map(m -> m.get("recipient"))
                    .collect(Collectors.toSet());
            Set<Object> reported = mails.stream().filter(m -> "OUTCOME".equals(m.get("kind")))
                    .map(m -> m.get("recipient")).collect(Collectors.toSet());
            assertThat(warned).as("warned about case %s", caseId).isNotEmpty();
            assertThat(reported).as("outcome of case %s", caseId).isEqualTo(warned);
            assertThat(mails).hasSize(2 * warned.size());
        });
        Map<String, Long> received = new HashMap<>();
        for (MimeMessage m : SmtpServer.received()) {
            received.merge(messageId(m), 1L, Long::sum);
        }
        Set<String> recorded = sent.stream().map(m -> (String) m.get("message_id")).collect(Collectors.toSet());
        assertThat(recorded).hasSize(sent.size());
        assertThat(received.keySet()).isEqualTo(recorded);
        long duplicates = received.values().stream().mapToLong(n -> n - 1).sum();
        // A send interrupted by the kill between the SMTP server's acceptance and the commit is sent again by the other
        // node (same Message-ID); at most one per job thread of the killed node.
        assertThat(duplicates).as("e-mails received twice (same Message-ID)").isLessThanOrEqualTo(JOB_THREADS);

        // every job succeeded once; both nodes ran jobs
        assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_"
                + " having count(*) > 1", String.class)).as("jobs that succeeded twice").isEmpty();
        List<Map<String, Object>> byNode = jdbc.queryForList("select hostname_, count(*) n from act_hi_job_log"
                + " where job_state_ = 2 group by hostname_");
        Map<String, Long> jobsPerNode = new HashMap<>();
        byNode.forEach(r -> jobsPerNode.put(String.valueOf(r.get("hostname_")), ((Number) r.get("n")).longValue()));
        int failedAttempts = jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1",
                Integer.class);
        System.out.printf("[cluster] %d cases, %d e-mails recorded, %d received (%d received twice), jobs succeeded"
                        + " per node %s, %d failed attempts retried%n", CASES, sent.size(),
                received.values().stream().mapToLong(Long::longValue).sum(), duplicates, jobsPerNode, failedAttempts);
        assertThat(jobsPerNode.keySet()).contains("node-a", "node-b");
    }

    // ------------------------------------------------------------------------------------------ requests

    /** A neighbour dispute of 12 people: HIGH risk, an early warning with e-mails to the town. */
    private ObjectNode dispute(int i) {
        return CaseRequests.dispute().summary("两个家族因院墙排水问题多次争吵，双方亲属均已卷入（第" + i + "件）。")
                .withoutContacts().people(12).json();
    }

    /** The 201 answer, or null when the node did not answer (killed). */
    private JsonNode intake(PlatformProcess node, String body, String key) {
        Http http = new Http(node.port());
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.url("/api/cases"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", Http.basic(USER, "demo"))
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return json.readTree(response.body());
        } catch (java.io.IOException cutOff) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A demo mediator of the committee that handles the case (triage sends a HIGH dispute to the town). */
    private static String mediatorOf(String committeeCode) {
        return switch (committeeCode) {
            case "VC419001100201" -> "zhangli";
            case "TC419001100" -> "liuyang";
            case "CITY-CENTER" -> "sunzhengxin";
            default -> throw new AssertionError("no demo mediator in " + committeeCode);
        };
    }

    /** Concludes the case's mediation (no agreement) as its mediator; a lost race is tried again. */
    private void conclude(PlatformProcess node, String processInstanceId, String mediator) throws Exception {
        Http http = new Http(node.port());
        String body = "{\"variables\":{\"mediationAction\":{\"value\":\"CONCLUDE\",\"type\":\"String\"},"
                + "\"outcome\":{\"value\":\"NO_AGREEMENT\",\"type\":\"String\"},"
                + "\"outcomeNotes\":{\"value\":\"经多次调解，双方未能达成协议。\",\"type\":\"String\"}}}";
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            JsonNode tasks = json.readTree(http.get("/engine-rest/task?taskDefinitionKey=mediate&processInstanceId="
                    + processInstanceId, mediator, "demo").body());
            if (tasks.isEmpty()) {
                // an earlier attempt was committed although its answer was not a success
                assertThat(attempt).as("mediation task of %s visible to %s", processInstanceId, mediator).isPositive();
                return;
            }
            last = http.send(HttpRequest.newBuilder(URI.create(http.url("/engine-rest/task/"
                            + tasks.get(0).get("id").asText() + "/complete"))).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", Http.basic(mediator, "demo"))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
            if (last.statusCode() == 204) {
                return;
            }
            Thread.sleep(200L * (attempt + 1));
        }
        throw new AssertionError("cannot conclude " + processInstanceId + ": " + last.statusCode() + " " + last.body());
    }

    /**
     * In a sensitive period a 12-person dispute counts one level higher (CRITICAL): the town's justice office then
     * has a contingency plan to record before the warning process can end.
     */
    private void activateContingencyPlan(PlatformProcess node, String caseNumber) throws Exception {
        Http http = new Http(node.port());
        JsonNode tasks = json.readTree(http.get("/engine-rest/task?taskDefinitionKey=activateContingencyPlan"
                + "&processInstanceBusinessKey=" + java.net.URLEncoder.encode(caseNumber, StandardCharsets.UTF_8),
                "chensiyuan", "demo").body());
        for (JsonNode task : tasks) {
            String body = "{\"variables\":{\"contingencyPlan\":{\"value\":\"司法所、派出所、村两委现场处置\","
                    + "\"type\":\"String\"},\"responsiblePerson\":{\"value\":\"陈思远\",\"type\":\"String\"}}}";
            HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(http.url("/engine-rest/task/"
                            + task.get("id").asText() + "/complete"))).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", Http.basic("chensiyuan", "demo"))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
            assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        }
    }

    private static Connection database() throws java.sql.SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static JdbcTemplate jdbc(Connection connection) {
        return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }
}
