package cn.jiyuan.mediation.situationreport;

import static cn.jiyuan.mediation.support.SmtpServer.body;
import static cn.jiyuan.mediation.support.SmtpServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpPlatformTest;
import cn.jiyuan.mediation.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;

/**
 * Important situations end to end on the database of the subclass, against a real SMTP server (GreenMail): a
 * justice office files a report through Tasklist's engine API, the e-mails reach each recipient the risk calls for
 * exactly once (also when a mail job runs again), the people involved stay out of the engine, the town's office
 * tracks the handling to closure; every rule of access is called as the wrong user.
 */
@DemoPlatformTest
abstract class SituationReportTestBase extends SmtpPlatformTest {

    static final String KEJING = "419001100";
    static final String QINYUAN = "419001001";
    /** HIGH: the town's party committee and government and its justice office (as early warnings). */
    static final Set<String> TOWN_RECIPIENTS = Set.of("dangwei-419001100@jiyuan.example",
            "zhengfu-419001100@jiyuan.example", "sfs-419001100@jiyuan.example");
    /** CRITICAL adds the city's party committee, government and justice bureau and the town's police station. */
    static final Set<String> CRITICAL_RECIPIENTS = Set.of("dangwei-419001100@jiyuan.example",
            "zhengfu-419001100@jiyuan.example", "sfs-419001100@jiyuan.example", "gongwei@jiyuan.example",
            "guanwei@jiyuan.example", "jicengke@jiyuan.example", "pcs-419001100@jiyuan.example");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SituationReports reports;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReportIsMailedOnceToEachLevelAndTrackedToClosure() throws Exception {
        SmtpServer.start();
        String title = "东许村村民聚集" + UUID.randomUUID().toString().substring(0, 8);

        // who may not report: a mediator; a justice office about another town; nothing is stored
        long before = count();
        assertThat(start("zhangli", report(title, KEJING, "HIGH")).statusCode()).isIn(400, 403);
        assertThat(start("zhangli", Map.of()).statusCode()).as("the definition is not hers to see").isIn(403, 404);
        HttpResponse<String> otherTown = start("chensiyuan", report(title, QINYUAN, "HIGH"));
        assertThat(otherTown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(otherTown.body()).get("message").asText()).contains("镇（街道）", "不在您可选的范围内");
        Map<String, Object> missing = report(title, KEJING, "HIGH");
        missing.remove("situationDescription");
        HttpResponse<String> incomplete = start("chensiyuan", missing);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(incomplete.body()).get("message").asText()).isEqualTo("请填写基本情况");
        assertThat(count()).isEqualTo(before);

        HttpResponse<String> started = start("chensiyuan", report(title, KEJING, "HIGH"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String pid = JSON.readTree(started.body()).get("id").asText();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(instance.getTenantId()).isEqualTo(KEJING);
        long reportId = ((Number) runtime.getVariable(pid, "situationReportId")).longValue();
        Map<String, Object> row = jdbc.queryForMap("select * from situation_report where id = ?", reportId);
        assertThat(row.get("people")).isEqualTo("王大山、李小河");
        assertThat(row.get("filed_by")).isEqualTo("chensiyuan");

        // the e-mails: one job per recipient, each recipient once, also when a job's work runs again
        List<Job> jobs = management.createJobQuery().processInstanceId(pid).list();
        assertThat(jobs).hasSize(TOWN_RECIPIENTS.size());
        jobs.forEach(j -> management.executeJob(j.getId()));
        String recipient = "sfs-419001100@jiyuan.example|克井司法所";
        new TransactionTemplate(transactions).executeWithoutResult(s -> reports.sendMail(reportId, recipient, pid));
        List<MimeMessage> mails = about(title);
        assertThat(mails.stream().map(SmtpServer::recipient).toList())
                .containsExactlyInAnyOrderElementsOf(TOWN_RECIPIENTS);
        assertThat(subject(mails.get(0))).isEqualTo("【重要情况报告】" + title + " 高风险");
        assertThat(body(mails.get(0))).contains("王某、李某", "30人", "东许村村委会门前", "已派调解员劝导", "24小时内介入")
                .doesNotContain("王大山", "李小河", "13812341234");
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where situation_report_id = ?", Integer.class,
                reportId)).isEqualTo(TOWN_RECIPIENTS.size());

        // nothing of the people or the texts in the engine, runtime or history
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(pid).list()) {
            assertThat(String.valueOf(v.getValue())).doesNotContain("王大山", "聚集", "劝导");
        }

        // the reports: justice offices their towns, the city all, others 403
        assertThat(get("zhangli", "/api/situation-reports").statusCode()).isEqualTo(403);
        assertThat(get("caogang", "/api/situation-reports").body()).doesNotContain(title);
        assertThat(get("caogang", "/api/situation-reports/" + reportId).statusCode()).isEqualTo(404);
        assertThat(get("zhaojiceng", "/api/situation-reports").body()).contains(title);
        JsonNode mine = JSON.readTree(get("chensiyuan", "/api/situation-reports/" + reportId).body());
        assertThat(mine.get("mails")).hasSize(TOWN_RECIPIENTS.size());
        assertThat(mine.get("statusName").asText()).isEqualTo("跟踪处置中");

        // 跟踪处置: the town's justice office; another town's office does not see the task
        Task track = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(get("caogang", "/engine-rest/task?processInstanceId=" + pid).body()).isEqualTo("[]");
        assertThat(handle("caogang", track, "已处置", "RESOLVED").statusCode()).isIn(403, 404);
        JsonNode form = JSON.readTree(get("chensiyuan", "/engine-rest/task/" + track.getId() + "/form-variables").body());
        assertThat(form.path("situationSummary").path("value").asText()).contains("王大山、李小河", "已派调解员劝导");
        assertThat(handle("chensiyuan", track, "已约谈村委会，补偿方案在商议", "CONTINUE").statusCode()).isEqualTo(204);
        Task again = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(handle("chensiyuan", again, "补偿款已发放，人员已散去", "RESOLVED").statusCode()).isEqualTo(204);
        management.createJobQuery().processInstanceId(pid).list().forEach(j -> management.executeJob(j.getId()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
        JsonNode closed = JSON.readTree(get("zhaojiceng", "/api/situation-reports/" + reportId).body());
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("progress")).hasSize(2);
        assertThat(about(title)).hasSize(TOWN_RECIPIENTS.size());
    }

    @Test
    void aCriticalReportOfTheGrassrootsSectionAlsoReachesTheCityAndThePolice() throws Exception {
        SmtpServer.start();
        String title = "重大群体性事件苗头" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> started = start("zhaojiceng", report(title, KEJING, "CRITICAL"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String pid = JSON.readTree(started.body()).get("id").asText();
        management.createJobQuery().processInstanceId(pid).list().forEach(j -> management.executeJob(j.getId()));
        assertThat(about(title).stream().map(SmtpServer::recipient).toList())
                .containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    long count() {
        return jdbc.queryForObject("select count(*) from situation_report", Long.class);
    }

    static Map<String, Object> report(String title, String town, String level) {
        Map<String, Object> values = new HashMap<>();
        values.put("situationTitle", title);
        values.put("townCode", town);
        values.put("situationLocation", "东许村村委会门前");
        values.put("situationPeople", "王大山、李小河");
        values.put("situationPeopleCount", 30);
        values.put("situationRiskLevel", level);
        values.put("situationDescription", "约30名村民因土地补偿款分配聚集，王大山（电话13812341234）情绪激动。");
        values.put("situationMeasures", "已派调解员劝导，通知村委会。");
        return values;
    }

    HttpResponse<String> start(String user, Map<String, Object> values) {
        return http().post("/engine-rest/process-definition/key/situation-report/submit-form", user, "demo",
                submission(values));
    }

    HttpResponse<String> handle(String user, Task task, String progress, String state) {
        return http().post("/engine-rest/task/" + task.getId() + "/complete", user, "demo",
                submission(Map.of("handlingProgress", progress, "handlingState", state)));
    }

    HttpResponse<String> get(String user, String path) {
        return http().get(path, user, "demo");
    }

    static String submission(Map<String, Object> values) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((k, v) -> variables.putObject(k).putPOJO("value", v));
        return body.toString();
    }

    static List<MimeMessage> about(String title) {
        return SmtpServer.received().stream().filter(m -> subject(m).contains(title)).toList();
    }
}
