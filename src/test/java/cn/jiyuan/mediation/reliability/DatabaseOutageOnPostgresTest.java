package cn.jiyuan.mediation.reliability;

import static cn.jiyuan.mediation.support.SmtpServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.platform.DatabaseFailures;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.MediationForms;
import cn.jiyuan.mediation.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;

/**
 * PostgreSQL stops for 30 seconds in the middle of a load of intakes (some with early warnings, so e-mail jobs run)
 * and task completions, then starts again on the same data directory and port. Every request is answered either
 * with success, and is stored, or with 503 in Chinese with Retry-After, and nothing of it is stored; the platform
 * recovers by itself (the pool reconnects, the job executor resumes); every warning e-mail goes out exactly once.
 * The job executor runs as in production, with a lock time of two minutes so that jobs caught by the outage are
 * taken up again within the test, and still long enough that a mail job waiting for the database to record a sent
 * e-mail keeps its lock (MailDispatcher.patience: the lock less the sending's budget, here 75 s, outlasts the 30 s).
 * A minute of mostly waiting (the outage, the recovery): it runs with the reliability tests, not in {@code mvn verify}.
 */
@org.junit.jupiter.api.Tag("reliability")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mediation.demo.enabled=true", "mediation.demo.password=demo", "mediation.admin.password=admin-secret",
        "camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.lock-time-in-millis=120000",
        "camunda.bpm.job-execution.max-wait=2000"})
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageOnPostgresTest {

    static final String KEJING = "419001100";
    static final String DONGXU = "419001100201";
    static final int RECIPIENTS = 7;
    static final Duration OUTAGE = Duration.ofSeconds(30);

    static final RestartablePostgres POSTGRES = RestartablePostgres.startFresh();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("DB_URL", POSTGRES::jdbcUrl);
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
        SmtpServer.pointMailAt(registry);
    }

    /** One request of the load and its answer (status -1: no answer at all). */
    record Sent(String kind, String marker, boolean critical, String taskId, String processInstanceId, int status,
                String body, String retryAfter, long millis) {
    }

    final ObjectMapper json = new ObjectMapper();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @Test
    void everyRequestIsStoredOrAnswered503AndThePlatformRecoversByItself() throws Exception {
        SmtpServer.stop();
        SmtpServer.start();
        // mediation tasks to complete during the load
        ConcurrentLinkedQueue<String[]> openTasks = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> created = post("/api/cases", dispute("待办" + i, false).toString(), null);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String pid = json.readTree(created.body()).get("processInstanceId").asText();
            openTasks.add(new String[] {tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate")
                    .singleResult().getId(), pid});
        }

        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        List<Thread> load = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            load.add(started(() -> {
                while (running.get()) {
                    int n = counter.incrementAndGet();
                    boolean critical = n % 4 == 0;
                    String marker = "停库" + UUID.randomUUID().toString().substring(0, 12);
                    long start = System.nanoTime();
                    HttpResponse<String> r = tryPost("/api/cases", dispute(marker, critical).toString(),
                            UUID.randomUUID().toString());
                    sent.add(answer("intake", marker, critical, null, null, r, start));
                    pause(150);
                }
            }));
        }
        for (int t = 0; t < 2; t++) {
            load.add(started(() -> {
                String[] task;
                while (running.get() && (task = openTasks.poll()) != null) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = tryPost("/engine-rest/task/" + task[0] + "/complete",
                            MediationForms.sessionAndContinue(), null);
                    sent.add(answer("complete", null, false, task[0], task[1], r, start));
                    pause(1200);
                }
            }));
        }

        Thread.sleep(6000);
        long stoppedAt = System.nanoTime();
        POSTGRES.stop();
        System.out.println("[reliability] PostgreSQL stopped");
        Thread.sleep(OUTAGE.toMillis());
        POSTGRES.start();
        System.out.printf("[reliability] PostgreSQL started again after %d s%n",
                Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds());
        // the platform is not restarted: it answers again by itself
        long recovery = System.nanoTime();
        HttpResponse<String> again;
        do {
            again = tryPost("/api/cases", dispute("恢复后", false).toString(), null);
        } while ((again == null || again.statusCode() != 201) && System.nanoTime() - recovery < 60_000_000_000L);
        assertThat(again).isNotNull();
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        System.out.printf("[reliability] first intake stored %d ms after the restart%n",
                Duration.ofNanos(System.nanoTime() - recovery).toMillis());
        Thread.sleep(8000);
        running.set(false);
        for (Thread thread : load) {
            thread.join(120_000);
        }

        // every request answered: success and stored, or 503 in Chinese with Retry-After and nothing stored
        Map<String, Integer> statuses = new HashMap<>();
        sent.forEach(s -> statuses.merge(s.kind() + " " + s.status(), 1, Integer::sum));
        System.out.println("[reliability] answers during the load: " + statuses);
        Race.print("answers during the load", sent.stream().map(Sent::millis).toList());
        Race.print("503 answers", sent.stream().filter(s -> s.status() == 503).map(Sent::millis).toList());
        assertThat(sent.stream().filter(s -> s.status() == 503)).isNotEmpty();
        for (Sent s : sent) {
            if (s.kind().equals("intake")) {
                assertThat(s.status()).as(s.body()).isIn(201, 503);
            } else {
                assertThat(s.status()).as(s.body()).isIn(204, 503);
            }
            if (s.status() == 503) {
                assertThat(s.retryAfter()).isEqualTo(String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
                JsonNode problem = json.readTree(s.body());
                assertThat(problem.get("detail").asText()).isEqualTo(DatabaseFailures.UNAVAILABLE_MESSAGE);
            }
            if (s.kind().equals("intake")) {
                int stored = jdbc.queryForObject("select count(*) from case_file where summary like ?", Integer.class,
                        "%" + s.marker() + "%");
                assertThat(stored).as(s.marker() + " answered " + s.status()).isEqualTo(s.status() == 201 ? 1 : 0);
            } else {
                long caseId = jdbc.queryForObject("select id from case_file where process_instance_id = ?", Long.class,
                        s.processInstanceId());
                int sessions = jdbc.queryForObject("select count(*) from case_session where case_id = ?",
                        Integer.class, caseId);
                assertThat(sessions).as("task " + s.taskId() + " answered " + s.status())
                        .isEqualTo(s.status() == 204 ? 1 : 0);
                assertThat(tasks.createTaskQuery().taskId(s.taskId()).count()).isEqualTo(s.status() == 204 ? 0 : 1);
            }
        }
        // numbers: a rolled-back intake gave its number back
        List<Integer> numbers = jdbc.queryForList("select sequence_no from case_file where committee_code = ("
                + "select committee_code from case_file where summary like '%待办0%') order by sequence_no",
                Integer.class);
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());

        // the job executor took up the e-mail jobs again; each warning e-mail went out once
        List<Sent> warned = sent.stream().filter(s -> s.critical() && s.status() == 201).toList();
        assertThat(warned).isNotEmpty();
        long jobsDone = System.nanoTime();
        while (mailJobs().stream().anyMatch(j -> j.getRetries() > 0 && !dueLater(j))
                && System.nanoTime() - jobsDone < 120_000_000_000L) {
            Thread.sleep(1000);
        }
        System.out.printf("[reliability] job executor done with the due e-mail jobs %d s after the load%n",
                Duration.ofNanos(System.nanoTime() - jobsDone).toSeconds());
        // a job that failed while the database came back waits for its retry (R3/PT5M): run it now
        List<Job> waiting = mailJobs();
        System.out.println("[reliability] e-mail jobs waiting for a later retry: " + waiting.size());
        for (Job job : waiting) {
            management.executeJob(job.getId());
        }
        assertThat(mailJobs()).isEmpty();
        for (Sent s : warned) {
            long caseId = jdbc.queryForObject("select id from case_file where summary like ?", Long.class,
                    "%" + s.marker() + "%");
            String number = jdbc.queryForObject("select case_number from case_file where id = ?", String.class, caseId);
            assertThat(jdbc.queryForObject("select count(*) from sent_mail where case_id = ?", Integer.class, caseId))
                    .as(number).isEqualTo(RECIPIENTS);
            List<MimeMessage> mails = SmtpServer.received().stream().filter(m -> subject(m).contains(number + " "))
                    .toList();
            assertThat(mails.stream().map(SmtpServer::recipient).toList()).as(number)
                    .hasSize(RECIPIENTS).doesNotHaveDuplicates();
        }
        assertThat(SmtpServer.received().stream().map(SmtpServer::messageId).toList())
                .doesNotHaveDuplicates();
    }

    // ------------------------------------------------------------------------------------------ helpers

    List<Job> mailJobs() {
        return management.createJobQuery().activityId("sendWarningMail").list();
    }

    static boolean dueLater(Job job) {
        return job.getDuedate() != null && job.getDuedate().getTime() > System.currentTimeMillis();
    }

    Sent answer(String kind, String marker, boolean critical, String taskId, String pid, HttpResponse<String> r,
                long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (r == null) {
            return new Sent(kind, marker, critical, taskId, pid, -1, "no answer", null, millis);
        }
        return new Sent(kind, marker, critical, taskId, pid, r.statusCode(), r.body(),
                r.headers().firstValue("Retry-After").orElse(null), millis);
    }

    HttpResponse<String> tryPost(String path, String body, String idempotencyKey) {
        try {
            return post(path, body, idempotencyKey);
        } catch (RuntimeException e) {
            return null;
        }
    }

    HttpResponse<String> post(String path, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", Http.basic("zhangli", "demo"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ObjectNode dispute(String marker, boolean critical) {
        CaseRequests.Dispute dispute = critical
                ? CaseRequests.criticalDispute().summary("约30名村民因土地补偿款聚集，一方扬言报复（" + marker + "）。")
                : CaseRequests.dispute().summary("两家因院墙排水问题多次争吵（" + marker + "）。");
        return dispute.applicant("王大山", "13812341234", null).json();
    }


    static Thread started(Runnable work) {
        Thread thread = new Thread(work, "outage-load");
        thread.start();
        return thread;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
