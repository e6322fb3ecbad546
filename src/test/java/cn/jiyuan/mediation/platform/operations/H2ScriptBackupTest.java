package cn.jiyuan.mediation.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.MediationApplication;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.Http;

/**
 * README "可靠性", backup and restore of the embedded H2 database as an SQL script, step by step: the platform
 * stopped, H2's Script tool writes the data folder's database to a zip, RunScript loads it into a fresh folder, the
 * platform started on that folder has the case and its running process, and work goes on.
 */
class H2ScriptBackupTest {

    private final ObjectMapper json = new ObjectMapper();

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(MediationApplication.class).run("--server.port=0",
                "--mediation.data-dir=./" + dataDir, "--mediation.demo.enabled=true", "--mediation.demo.password=demo",
                "--mediation.admin.password=admin-secret", "--camunda.bpm.job-execution.enabled=false");
    }

    private static String url(Path dataDir) {
        return "jdbc:h2:file:./" + dataDir + "/mediation";
    }

    @Test
    void aScriptOfTheStoppedDatabaseLoadedIntoAFreshFolderCarriesTheCaseAndItsProcess() throws Exception {
        Path root = Files.createDirectories(Path.of("target/test-data/h2-backup-" + System.nanoTime()));
        Path data = root.resolve("data");
        Path restored = root.resolve("data-restored");
        Path backup = root.resolve("mediation-backup.zip");

        JsonNode registered;
        long cases;
        try (ConfigurableApplicationContext platform = start(data)) {
            registered = register(port(platform));
            cases = platform.getBean(JdbcTemplate.class).queryForObject("select count(*) from case_file", Long.class);
        }

        new Script().runTool("-url", url(data), "-user", "sa", "-script", backup.toString(), "-options",
                "compression", "zip");
        new RunScript().runTool("-url", url(restored), "-user", "sa", "-script", backup.toString(), "-options",
                "compression", "zip");

        try (ConfigurableApplicationContext platform = start(restored)) {
            assertThat(platform.getBean(JdbcTemplate.class).queryForObject("select count(*) from case_file", Long.class))
                    .isEqualTo(cases);
            HttpResponse<String> read = new Http(port(platform)).get("/api/cases/" + registered.get("caseId").asText(),
                    "zhangli", "demo");
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(json.readTree(read.body()).get("caseNumber").asText())
                    .isEqualTo(registered.get("caseNumber").asText());

            ProcessEngine engine = platform.getBean(ProcessEngine.class);
            String pid = registered.get("processInstanceId").asText();
            Task mediate = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate")
                    .singleResult();
            assertThat(mediate).isNotNull();
            EngineUser.login(engine.getIdentityService(), "zhangli");
            try {
                engine.getTaskService().complete(mediate.getId(), new HashMap<>(Map.of("mediationAction", "CONCLUDE",
                        "outcome", "AGREEMENT_ORAL", "oralAgreementAllowed", true, "outcomeNotes", "双方当面达成口头协议。", "agreementTerms",
                        "被申请人当面道歉并清理排水沟")));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(pid).activityId("followUpDue")
                    .count()).isEqualTo(1);
            JsonNode next = register(port(platform));
            assertThat(next.get("caseId").asLong()).isGreaterThan(registered.get("caseId").asLong());
            assertThat(next.get("caseNumber").asText()).isNotEqualTo(registered.get("caseNumber").asText());
        }
    }

    private static int port(ConfigurableApplicationContext platform) {
        return Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
    }

    private JsonNode register(int port) {
        return CaseRequests.register(new Http(port), "zhangli", "demo",
                CaseRequests.dispute().summary("两家因院墙排水问题多次争吵。").withoutContacts().json());
    }
}
