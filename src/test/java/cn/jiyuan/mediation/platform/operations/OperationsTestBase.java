package cn.jiyuan.mediation.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.intake.ResidentIdNumber;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpServer;

/**
 * Health, readiness and metrics on the management port, with the job executor running as in production (this
 * context of its own turns it on, and is closed after the class) and a real SMTP server, on the database of the subclass: what is up when all is
 * well, what goes down when the job executor stops or the database cannot be reached, and what the metrics count
 * when e-mail jobs fail.
 */
@DemoPlatformTest
@AutoConfigureObservability(tracing = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class OperationsTestBase {

    static final String KEJING = "419001100";
    static final String DONGXU = "419001100201";
    static final String APPLICANT = "王大山";
    static final String APPLICANT_PHONE = "13812341234";

    @DynamicPropertySource
    static void productionJobExecutor(DynamicPropertyRegistry registry) {
        registry.add("camunda.bpm.job-execution.enabled", () -> "true");
        SmtpServer.pointMailAt(registry);
        // an unreachable database is noticed within seconds, not after the pool's default 30 seconds
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EngineJobCounts counts;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;

    /** Makes the platform's database refuse every connection (and drops the open ones). */
    abstract void cutDatabase() throws Exception;

    /** Lets connections in again. */
    abstract void restoreDatabase() throws Exception;

    /**
     * This context's job executor would go on executing jobs while later test classes run, and its e-mails share the
     * JVM's SMTP server and case numbers with theirs: it stops, the e-mails are forgotten, the context is closed.
     */
    @AfterAll
    void stopBackgroundWork() {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
        SmtpServer.stop();
        SmtpServer.start();
    }

    // ------------------------------------------------------------------------------------------ tests

    @Test
    void readinessLivenessAndHealthAreUpWithTheDatabaseAndARunningJobExecutor() {
        await().atMost(Duration.ofSeconds(30)).until(() -> management("/actuator/health/readiness").statusCode() == 200);
        JsonNode readiness = body(management("/actuator/health/readiness"), 200);
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(names(readiness.get("components"))).containsExactlyInAnyOrder("readinessState", "db", "jobExecutor");
        readiness.get("components").forEach(c -> assertThat(c.get("status").asText()).isEqualTo("UP"));

        JsonNode liveness = body(management("/actuator/health/liveness"), 200);
        assertThat(liveness.get("status").asText()).isEqualTo("UP");
        // the process itself only: a database or job executor fault must not get the process killed
        assertThat(liveness.toString()).doesNotContain("db", "jobExecutor");

        JsonNode health = body(management("/actuator/health"), 200);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(names(health.get("components"))).contains("db", "jobExecutor", "diskSpace", "livenessState",
                "readinessState").doesNotContain("mail", "processEngine");
        // no details (an error's text can name hosts and users), only which part is up or down
        assertThat(health.findValues("details")).isEmpty();
    }

    @Test
    void readinessIsDownWhileTheJobExecutorIsStoppedAndUpAgainWhenItRuns() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        assertThat(executor.isActive()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> management("/actuator/health/readiness").statusCode() == 200);
        executor.shutdown();
        try {
            HttpResponse<String> readiness = management("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            JsonNode components = body(readiness, 503).get("components");
            assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("DOWN");
            assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
            // the process lives: liveness stays up, so an orchestrator takes the node out of service, not kills it
            assertThat(body(management("/actuator/health/liveness"), 200).get("status").asText()).isEqualTo("UP");
            assertThat(management("/actuator/health").statusCode()).isEqualTo(503);
        } finally {
            executor.start();
        }
        assertThat(body(management("/actuator/health/readiness"), 200).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndUpAgainWhenItIsBack() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> management("/actuator/health/readiness").statusCode() == 200);
        cutDatabase();
        try {
            HttpResponse<String> readiness = management("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(body(readiness, 503).get("components").get("db").get("status").asText()).isEqualTo("DOWN");
            assertThat(body(management("/actuator/health/liveness"), 200).get("status").asText()).isEqualTo("UP");
            // the job gauges cannot be read: NaN, and the scrape still answers at once with every other metric
            assertThat(counts.refresh().available()).isFalse();
            long start = System.nanoTime();
            String scrape = prometheus();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(scrape).contains("mediation_jobs_due NaN", "mediation_jobs_failed NaN", "jvm_memory_used_bytes");
        } finally {
            restoreDatabase();
        }
        // the pool reconnects by itself: no restart
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> management("/actuator/health/readiness").statusCode() == 200);
        JsonNode readiness = body(management("/actuator/health/readiness"), 200);
        readiness.get("components").forEach(c -> assertThat(c.get("status").asText()).isEqualTo("UP"));
        assertThat(counts.refresh().available()).isTrue();
    }

    @Test
    void theActuatorIsNotOnThePublicPort() {
        Http public_ = new Http(port);
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/health/liveness", "/actuator/info", "/actuator/metrics", "/actuator/prometheus",
                "/actuator/env")) {
            assertThat(public_.get(path, null, null).statusCode()).as(path).isEqualTo(404);
            assertThat(public_.get(path, "admin", "admin-secret").statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void onlyHealthInfoMetricsAndPrometheusAreServed() {
        JsonNode links = body(management("/actuator"), 200).get("_links");
        assertThat(names(links)).containsExactlyInAnyOrder("self", "health", "health-path", "info", "metrics",
                "metrics-requiredMetricName", "prometheus");
        for (String endpoint : List.of("env", "configprops", "beans", "heapdump", "threaddump", "loggers", "mappings",
                "conditions", "scheduledtasks", "caches", "sbom", "startup", "shutdown", "logfile", "httpexchanges",
                "auditevents", "flyway", "quartz", "sessions", "integrationgraph")) {
            assertThat(management("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
        HttpResponse<String> shutdown = new Http(managementPort).send(HttpRequest.newBuilder(
                URI.create(managementUrl("/actuator/shutdown"))).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(shutdown.statusCode()).isEqualTo(404);
        // the version of the build, nothing of the environment
        JsonNode info = body(management("/actuator/info"), 200);
        assertThat(names(info)).containsExactly("build");
        assertThat(info.get("build").get("artifact").asText()).isEqualTo("mediation-platform");
    }

    @Test
    void theManagementPortListensOnTheLoopbackInterfaceOnly() throws Exception {
        Optional<InetAddress> external = externalAddress();
        org.junit.jupiter.api.Assumptions.assumeTrue(external.isPresent(),
                "this machine has no network address besides loopback");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(external.get(), port), 2000);
            assertThat(s.isConnected()).as("the public port on " + external.get()).isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(external.get(), managementPort), 2000);
            }
        }).as("the management port on " + external.get()).isInstanceOf(ConnectException.class);
        assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void failedEmailJobsAndTheirIncidentsAreCountedInTheMetrics() throws Exception {
        EngineJobCounts.IncidentGroup warningIncidents = new EngineJobCounts.IncidentGroup(
                Incident.FAILED_JOB_HANDLER_TYPE, "early-warning");
        long incidentsBefore = counts.refresh().incidents(warningIncidents);
        assertThat(prometheus()).contains("mediation_jobs_due ", "mediation_jobs_overdue ", "mediation_jobs_failing ",
                "mediation_jobs_failed ", "mediation_incidents_open{process_definition=\"early-warning\",type=\"failedJob\"} ");

        List<Job> jobs;
        SmtpServer.stop();
        try {
            JsonNode c = register(criticalDispute());
            ProcessInstance warning = runtime.createProcessInstanceQuery().processDefinitionKey("early-warning")
                    .processInstanceBusinessKey(c.get("caseNumber").asText()).singleResult();
            // the job executor tries each e-mail once; the next try is five minutes away (R3/PT5M)
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                List<Job> tried = management.createJobQuery().processInstanceId(warning.getId()).list();
                return tried.size() == 7 && tried.stream().allMatch(j -> j.getRetries() == 2);
            });
            jobs = management.createJobQuery().processInstanceId(warning.getId()).list();
            EngineJobCounts.Counts failing = counts.refresh();
            assertThat(failing.failing()).isGreaterThanOrEqualTo(7)
                    .isEqualTo(management.createJobQuery().withException().withRetriesLeft().count());
            assertThat(metric("mediation.jobs.failing")).isEqualTo(failing.failing());
            assertThat(failing.incidents(warningIncidents)).isEqualTo(incidentsBefore);

            // the two retries fail too: the jobs are out of retries, each with an incident
            for (Job job : jobs) {
                for (int attempt = 0; attempt < 2; attempt++) {
                    assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(Exception.class);
                }
            }
        } finally {
            SmtpServer.start();
        }
        EngineJobCounts.Counts failed = counts.refresh();
        assertThat(failed.incidents(warningIncidents)).isEqualTo(incidentsBefore + 7).isEqualTo(runtime
                .createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .processDefinitionKeyIn("early-warning").count());
        assertThat(failed.failed()).isGreaterThanOrEqualTo(7).isEqualTo(management.createJobQuery().noRetriesLeft().count());
        assertThat(metric("mediation.jobs.failed")).isEqualTo(failed.failed());
        assertThat(prometheus()).contains("mediation_jobs_failed " + (double) failed.failed(),
                "mediation_incidents_open{process_definition=\"early-warning\",type=\"failedJob\"} "
                        + (double) (incidentsBefore + 7));
        // failed jobs are an operator's to retry: they do not take the node out of service
        assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);

        // retried once the mail server is back: the incidents close, the gauges go down again
        for (Job job : jobs) {
            management.setJobRetries(job.getId(), 1);
            management.executeJob(job.getId());
        }
        assertThat(counts.refresh().incidents(warningIncidents)).isEqualTo(incidentsBefore);
    }

    @Test
    void theManagementPortShowsNoPersonalData() {
        JsonNode c = register(criticalDispute());
        String number = c.get("caseNumber").asText();
        assertThat(new Http(port).get("/api/cases/" + c.get("caseId").asText(), "zhangli", "demo").statusCode())
                .isEqualTo(200);
        counts.refresh();
        List<String> pages = new ArrayList<>();
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
                "/actuator/metrics", "/actuator/metrics/http.server.requests", "/actuator/prometheus")) {
            HttpResponse<String> page = management(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            pages.add(page.body());
        }
        String all = String.join("\n", pages);
        assertThat(all).contains("/api/cases/{reference}")
                .doesNotContain(APPLICANT, APPLICANT_PHONE, applicantIdNumber(), number, "zhangli",
                        "admin-secret", databaseUrl(), "jdbc:");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The JDBC URL the platform's pool connects with (as resolved once at the start). */
    String databaseUrl() {
        return jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
    }

    String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    HttpResponse<String> management(String path) {
        return new Http(managementPort).send(HttpRequest.newBuilder(URI.create(managementUrl(path))).GET().build());
    }

    String prometheus() {
        HttpResponse<String> page = management("/actuator/prometheus");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** The value of a gauge as /actuator/metrics/{name} shows it. */
    long metric(String name) {
        return (long) body(management("/actuator/metrics/" + name), 200).get("measurements").get(0).get("value")
                .asDouble();
    }

    JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Optional<InetAddress> externalAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    static String applicantIdNumber() {
        String first17 = "41088119850601123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** 30 people in a land dispute in 克井镇东许村, one side threatening violence: CRITICAL, seven warning e-mails. */
    ObjectNode criticalDispute() {
        return CaseRequests.criticalDispute().summary("东许村约30名村民因土地补偿款分配问题聚集到村委会，一方扬言动刀子。")
                .applicant(APPLICANT, APPLICANT_PHONE, applicantIdNumber()).json();
    }

    /** A neighbour dispute of two villagers of 东许村: low risk, no e-mail. */
    ObjectNode neighbourDispute() {
        return CaseRequests.dispute().summary("两家因院墙排水问题多次争吵。")
                .applicant(APPLICANT, APPLICANT_PHONE, applicantIdNumber()).risk().json();
    }

    JsonNode register(ObjectNode dispute) {
        return register(port, dispute);
    }

    JsonNode register(int serverPort, ObjectNode dispute) {
        Http http = new Http(serverPort);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/cases")))
                .header("Content-Type", "application/json").header("Authorization", Http.basic("zhangli", "demo"))
                .POST(HttpRequest.BodyPublishers.ofString(dispute.toString(), StandardCharsets.UTF_8)).build());
        return body(response, 201);
    }
}
