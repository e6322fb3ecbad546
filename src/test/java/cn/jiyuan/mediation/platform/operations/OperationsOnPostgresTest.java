package cn.jiyuan.mediation.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.MediationApplication;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnPostgres;
import cn.jiyuan.mediation.support.SmtpServer;

/** Health, readiness and metrics on PostgreSQL, plus its backup and restore (pg_dump, pg_restore). */
@OnPostgres
class OperationsOnPostgresTest extends OperationsTestBase {

    private String cutUrl;

    /**
     * README "可靠性", backup and restore of PostgreSQL, step by step: pg_dump of the running platform's database (the
     * job executor busy meanwhile), pg_restore into a fresh database, the platform started on it: the cases and their
     * running processes are there, a mediator's task can be completed, and a new case gets a new number.
     */
    @Test
    void aDumpRestoredIntoAFreshDatabaseCarriesTheCasesAndTheirRunningProcesses() throws Exception {
        String url = databaseUrl();
        int serverMajor = jdbc.queryForObject("show server_version_num", Integer.class) / 10000;
        PostgresClientTools tools = PostgresClientTools.find(serverMajor);

        JsonNode neighbours = register(neighbourDispute());
        JsonNode critical = register(criticalDispute());
        long cases = jdbc.queryForObject("select count(*) from case_file", Long.class);
        long lastCaseId = jdbc.queryForObject("select max(id) from case_file", Long.class);
        List<String> numbers = jdbc.queryForList("select case_number from case_file", String.class);

        // 1. pg_dump, custom format, while the platform runs (a consistent snapshot)
        URI server = URI.create(url.substring("jdbc:".length()));
        Map<String, String> password = Map.of("PGPASSWORD", "postgres");
        List<String> connection = List.of("--host=" + server.getHost(), "--port=" + server.getPort(),
                "--username=postgres");
        Path dump = Files.createDirectories(Path.of("target/test-data")).resolve("mediation-" + System.nanoTime()
                + ".dump");
        tools.run("pg_dump", concat(connection, List.of("--format=custom", "--no-owner", "--no-privileges",
                "--file=" + dump, databaseName(url))), password);
        assertThat(Files.size(dump)).isPositive();

        // 2. a fresh, empty database, and pg_restore into it in one transaction
        String restored = "restored_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        try (Connection c = serverConnection(url); Statement s = c.createStatement()) {
            s.execute("create database " + restored);
        }
        tools.run("pg_restore", concat(connection, List.of("--no-owner", "--no-privileges", "--exit-on-error",
                "--single-transaction", "--dbname=" + restored, dump.toString())), password);

        // 3. the platform on the restored database, as production starts it
        String restoredUrl = url.replace("/" + databaseName(url) + "?", "/" + restored + "?");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MediationApplication.class).run(
                "--server.port=0", "--spring.profiles.active=postgres", "--DB_URL=" + restoredUrl,
                "--DB_USER=postgres", "--DB_PASSWORD=postgres", "--mediation.demo.enabled=true",
                "--mediation.demo.password=demo", "--mediation.admin.password=admin-secret",
                "--camunda.bpm.job-execution.enabled=false", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SmtpServer.port())) {
            int restoredPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            JdbcTemplate restoredJdbc = app.getBean(JdbcTemplate.class);
            ProcessEngine restoredEngine = app.getBean(ProcessEngine.class);
            assertThat(restoredJdbc.queryForObject("select count(*) from case_file", Long.class)).isEqualTo(cases);

            // the cases, through the API
            for (JsonNode c : List.of(neighbours, critical)) {
                JsonNode read = body(new Http(restoredPort).get("/api/cases/" + c.get("caseId").asText(), "zhangli",
                        "demo"), 200);
                assertThat(read.get("caseNumber").asText()).isEqualTo(c.get("caseNumber").asText());
            }
            // their running processes: the mediation task, the early warning's contingency plan
            String pid = neighbours.get("processInstanceId").asText();
            assertThat(restoredEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count())
                    .isEqualTo(1);
            assertThat(restoredEngine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey("early-warning").processInstanceBusinessKey(critical.get("caseNumber")
                            .asText()).count()).isEqualTo(1);
            assertThat(restoredEngine.getTaskService().createTaskQuery().processDefinitionKey("early-warning")
                    .processInstanceBusinessKey(critical.get("caseNumber").asText())
                    .taskDefinitionKey("activateContingencyPlan").count()).isEqualTo(1);

            // work goes on: the mediator concludes with an oral agreement, the 7-day follow-up visit is scheduled
            Task mediate = restoredEngine.getTaskService().createTaskQuery().processInstanceId(pid)
                    .taskDefinitionKey("mediate").singleResult();
            assertThat(mediate).isNotNull();
            EngineUser.login(restoredEngine.getIdentityService(), "zhangli");
            try {
                restoredEngine.getTaskService().complete(mediate.getId(), new HashMap<>(Map.of("mediationAction",
                        "CONCLUDE", "outcome", "AGREEMENT_ORAL", "oralAgreementAllowed", true,
                        "outcomeNotes", "双方当面达成口头协议。",
                        "agreementTerms", "被申请人当面道歉并清理排水沟")));
            } finally {
                restoredEngine.getIdentityService().clearAuthentication();
            }
            assertThat(restoredEngine.getManagementService().createJobQuery().processInstanceId(pid)
                    .activityId("followUpDue").count()).isEqualTo(1);

            // a new case: a new id and a number never given out before (the counters came along)
            JsonNode next = register(restoredPort, neighbourDispute());
            assertThat(next.get("caseId").asLong()).isGreaterThan(lastCaseId);
            assertThat(numbers).doesNotContain(next.get("caseNumber").asText());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The platform's database refuses connections (ALLOW_CONNECTIONS false) and its sessions are ended. */
    @Override
    void cutDatabase() throws Exception {
        cutUrl = databaseUrl();
        try (Connection c = serverConnection(cutUrl); Statement s = c.createStatement()) {
            s.execute("alter database " + databaseName(cutUrl) + " allow_connections false");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + databaseName(cutUrl) + "'");
        }
    }

    @Override
    void restoreDatabase() throws Exception {
        try (Connection c = serverConnection(cutUrl); Statement s = c.createStatement()) {
            s.execute("alter database " + databaseName(cutUrl) + " allow_connections true");
        }
    }

    /** The database name of a JDBC URL such as jdbc:postgresql://localhost:5432/name?user=postgres. */
    static String databaseName(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPath().substring(1);
    }

    /** A connection to the server's maintenance database, as the superuser. */
    static Connection serverConnection(String jdbcUrl) throws Exception {
        String url = jdbcUrl.replace("/" + databaseName(jdbcUrl) + "?", "/postgres?");
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
