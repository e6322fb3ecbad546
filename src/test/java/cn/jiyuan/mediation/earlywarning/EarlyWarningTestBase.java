package cn.jiyuan.mediation.earlywarning;

import static cn.jiyuan.mediation.support.SmtpServer.address;
import static cn.jiyuan.mediation.support.SmtpServer.body;
import static cn.jiyuan.mediation.support.SmtpServer.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseEndedEvent;
import cn.jiyuan.mediation.cases.CaseRiskRaisedEvent;
import cn.jiyuan.mediation.intake.ResidentIdNumber;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpPlatformTest;
import cn.jiyuan.mediation.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;

/**
 * Early warning (process early-warning, the stability-risk ledger, e-mail) against a real SMTP server
 * (GreenMail, {@link SmtpServer}) and the whole platform with its demo data, through real HTTP calls, on the
 * database of the subclass. The context is the demo platform's plus the SMTP port, shared by the subclasses of
 * the same database (shared with the other {@link SmtpPlatformTest}s); the job executor is off, so the tests execute
 * the mail jobs themselves.
 */
@DemoPlatformTest
abstract class EarlyWarningTestBase extends SmtpPlatformTest {

    static final String KEJING = "419001100";
    static final String DONGXU = "419001100201";
    static final String KEJING_OFFICE_GROUP = "justice-office-419001100";

    /** The town's party committee and government and its justice office (HIGH). */
    static final Set<String> TOWN_RECIPIENTS = Set.of("dangwei-419001100@jiyuan.example",
            "zhengfu-419001100@jiyuan.example", "sfs-419001100@jiyuan.example");
    /** CRITICAL adds the city's party committee, government and justice bureau and the town's police station. */
    static final Set<String> CRITICAL_RECIPIENTS = Set.of("dangwei-419001100@jiyuan.example",
            "zhengfu-419001100@jiyuan.example", "sfs-419001100@jiyuan.example", "gongwei@jiyuan.example",
            "guanwei@jiyuan.example", "jicengke@jiyuan.example", "pcs-419001100@jiyuan.example");

    static final String APPLICANT_PHONE = "13812341234";
    static final String SUMMARY_PHONE = "13987654321";

    final ObjectMapper json = new ObjectMapper();

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
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MailDispatcher dispatcher;

    // ------------------------------------------------------------------------------------------ tests

    @Test
    void aCriticalDisputeWarnsEachRecipientOnceOpensTheContingencyPlanAndReportsTheOutcome() throws Exception {
        SmtpServer.start();
        JsonNode c = register(criticalDispute());
        long caseId = c.get("caseId").asLong();
        String number = c.get("caseNumber").asText();
        assertThat(c.get("riskLevel").asText()).isEqualTo("CRITICAL");

        ProcessInstance warning = onlyWarningOf(number);
        assertThat(runtime.getVariable(warning.getId(), "caseId")).isEqualTo(caseId);
        assertThat(runtime.getVariable(warning.getId(), "townCode")).isEqualTo(KEJING);
        assertThat(runtime.getVariable(warning.getId(), "tracking")).isEqualTo(true);
        assertThat((String) runtime.getVariable(warning.getId(), "reason")).contains("重大风险", "扬言暴力或报复", "30人");

        // on the ledger, with a plan
        Map<String, Object> entry = jdbc.queryForMap("select * from stability_ledger where case_id = ?", caseId);
        assertThat(entry.get("status")).isEqualTo("OPEN");
        assertThat(entry.get("risk_level")).isEqualTo("CRITICAL");
        assertThat(jdbc.queryForObject("select measures from stability_plan where case_id = ?", String.class, caseId))
                .contains("应急预案");

        // the contingency-plan task for the town's justice office, and the instructions task
        Task contingency = task(warning, "activateContingencyPlan");
        assertThat(contingency.getName()).isEqualTo("启动应急预案 " + number);
        assertThat(tasks.createTaskQuery().taskId(contingency.getId()).taskCandidateGroup(KEJING_OFFICE_GROUP).count())
                .isEqualTo(1);
        assertThat(task(warning, "recordInstructions").getName()).isEqualTo("记录党委政府批示 " + number);

        // one e-mail job per recipient; nothing is sent before the jobs run
        List<Job> jobs = jobsOf(warning);
        assertThat(jobs).hasSize(CRITICAL_RECIPIENTS.size());
        assertThat(receivedAbout(number)).isEmpty();
        jobs.forEach(j -> management.executeJob(j.getId()));

        List<MimeMessage> mails = receivedAbout(number);
        assertThat(recipientsOf(mails)).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("【矛盾纠纷预警】" + number + " 山林土地 重大风险");
            assertThat(mail.getMessageID()).startsWith("<case-" + caseId + ".registered.").endsWith("@jiyuan.example>");
            String body = body(mail);
            assertThat(body).contains("克井镇东许村", "30人", "扬言暴力或报复", "立即启动应急预案", "公安派出所",
                    "138****1234", "410881********", "139****4321",
                    "http://localhost:8080/api/cases/" + caseId,
                    "/camunda/app/cockpit/default/#/process-instance/" + warning.getId());
            assertThat(body).doesNotContain(APPLICANT_PHONE, SUMMARY_PHONE, applicantIdNumber(), "19850601");
            // names too: the party committee and the police read 王某, the mediators have the case
            assertThat(body).contains("王某").doesNotContain("王大山", "李小河");
        }
        // the police station and the city are addressed by name
        assertThat(mails.stream().map(m -> address(m).getPersonal()).toList()).contains("克井派出所");

        // recorded with the case
        JsonNode recorded = getJson("/api/cases/" + caseId + "/mails", "zhangli", 200);
        assertThat(recorded).hasSize(CRITICAL_RECIPIENTS.size());
        assertThat(recorded.get(0).get("messageId").asText()).startsWith("<case-" + caseId + ".registered.");
        assertThat(recorded.get(0).get("subject").asText()).startsWith("【矛盾纠纷预警】");
        assertThat(recorded.findValuesAsText("messageId")).containsExactlyInAnyOrderElementsOf(
                mails.stream().map(SmtpServer::messageId).toList());
        assertThat(recorded.findValuesAsText("kind")).containsOnly("WARNING");

        // the justice office records the plan, the party committee's instructions and the joint handling
        completeAs("chensiyuan", task(warning, "activateContingencyPlan"), Map.of("contingencyPlan",
                "镇派出所、司法所、村两委组成现场处置组，24小时盯守", "responsiblePerson", "陈思远（克井司法所）"));
        completeAs("chensiyuan", task(warning, "recordInstructions"), Map.of("instructions",
                "请司法所牵头，派出所配合，三日内化解", "instructedBy", "克井镇党委书记"));
        completeAs("chensiyuan", task(warning, "recordJointHandling"), Map.of("jointHandling",
                "已召集双方及村委会现场调解，补偿款分配方案达成一致", "jointDepartments", "克井派出所、东许村村委会"));
        Map<String, Object> plan = jdbc.queryForMap("select * from stability_plan where case_id = ?", caseId);
        assertThat(plan.get("contingency_plan")).isEqualTo("镇派出所、司法所、村两委组成现场处置组，24小时盯守");
        assertThat(plan.get("instructions")).isEqualTo("请司法所牵头，派出所配合，三日内化解");
        assertThat(plan.get("joint_handling")).asString().contains("补偿款分配方案达成一致");
        assertThat(plan.get("updated_by")).isEqualTo("chensiyuan");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(warning.getId()).count()).isEqualTo(1);

        // the case ends: the outcome is reported to everyone warned, and the ledger entry is closed
        endCase(caseId, "AGREED", "AGREEMENT_WRITTEN");
        List<Job> reportJobs = jobsOf(warning);
        assertThat(reportJobs).hasSize(CRITICAL_RECIPIENTS.size());
        reportJobs.forEach(j -> management.executeJob(j.getId()));
        List<MimeMessage> reports = receivedAbout(number).stream().filter(m -> subject(m).contains("处置结果")).toList();
        assertThat(recipientsOf(reports)).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        assertThat(subject(reports.get(0))).isEqualTo("【矛盾纠纷预警·处置结果】" + number + " 山林土地 重大风险");
        assertThat(body(reports.get(0))).contains("调解成功", "达成书面协议", "请司法所牵头", "补偿款分配方案达成一致", "销号");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(warning.getId()).count()).isZero();
        Map<String, Object> closed = jdbc.queryForMap("select * from stability_ledger where case_id = ?", caseId);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("outcome")).isEqualTo("调解成功（达成书面协议）");
        assertThat(closed.get("closed_at")).isNotNull();
        assertThat(receivedAbout(number)).hasSize(2 * CRITICAL_RECIPIENTS.size());
    }

    @Test
    void withTheMailServerDownTheCaseIsCreatedTheJobsFailThenEachEmailIsDeliveredOnceWhenItIsBack()
            throws Exception {
        JsonNode c;
        ProcessInstance warning;
        List<Job> jobs;
        SmtpServer.stop();
        try {
            HttpResponse<String> response = post("zhangli", criticalDispute());
            assertThat(response.statusCode()).isEqualTo(201);
            c = json.readTree(response.body());
            assertThat(getJson("/api/cases/" + c.get("caseId").asText(), "zhangli", 200).get("caseNumber").asText())
                    .isEqualTo(c.get("caseNumber").asText());
            warning = onlyWarningOf(c.get("caseNumber").asText());
            jobs = jobsOf(warning);
            assertThat(jobs).hasSize(CRITICAL_RECIPIENTS.size());
            for (int expectedRetries = 2; expectedRetries >= 0; expectedRetries--) {
                for (Job job : jobs) {
                    assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(Exception.class);
                    Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
                    assertThat(failed.getRetries()).isEqualTo(expectedRetries);
                    // what Cockpit shows: a Chinese sentence naming the case and the recipient, no party's data
                    assertThat(failed.getExceptionMessage())
                            .startsWith("预警邮件发送失败（案号 " + c.get("caseNumber").asText() + "，收件人 ")
                            .contains("@jiyuan.example").contains("）：邮件服务器无法连接")
                            .doesNotContainPattern("1[3-9]\\d{9}");
                }
                if (expectedRetries > 0) {
                    assertThat(runtime.createIncidentQuery().processInstanceId(warning.getId()).count()).isZero();
                }
            }
            List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(warning.getId()).list();
            assertThat(incidents).hasSize(CRITICAL_RECIPIENTS.size())
                    .allMatch(i -> i.getIncidentType().equals(Incident.FAILED_JOB_HANDLER_TYPE))
                    .allMatch(i -> i.getIncidentMessage().startsWith("预警邮件发送失败（案号 "));
            assertThat(jdbc.queryForObject("select count(*) from sent_mail where case_id = ?", Integer.class,
                    c.get("caseId").asLong())).isZero();
            // the case itself is intact
            assertThat(task(warning, "activateContingencyPlan")).isNotNull();
        } finally {
            SmtpServer.start();
        }
        String number = c.get("caseNumber").asText();
        for (Job job : jobs) {
            management.setJobRetries(job.getId(), 1);
            management.executeJob(job.getId());
        }
        List<MimeMessage> mails = receivedAbout(number);
        assertThat(recipientsOf(mails)).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        assertThat(mails).hasSize(CRITICAL_RECIPIENTS.size());
        assertThat(runtime.createIncidentQuery().processInstanceId(warning.getId()).count()).isZero();
        assertThat(jobsOf(warning)).isEmpty();

        // a retry of an e-mail already sent (same identity) sends nothing
        long caseId = c.get("caseId").asLong();
        boolean sentAgain = new TransactionTemplate(transactions).execute(s -> dispatcher.sendOnce(
                new MailDispatcher.OutgoingMail(new MailIdentity(caseId, "registered", "gongwei@jiyuan.example"),
                        MailKind.WARNING, new Recipient("gongwei@jiyuan.example", "x"), "【矛盾纠纷预警】again", "again",
                        warning.getId())));
        assertThat(sentAgain).isFalse();
        assertThat(receivedAbout(number)).hasSize(CRITICAL_RECIPIENTS.size());
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where case_id = ?", Integer.class, caseId))
                .isEqualTo(CRITICAL_RECIPIENTS.size());
    }

    @Test
    void aRisingRiskEscalatesAndTheEndOfTheCaseIsReportedToEveryoneWarned() throws Exception {
        SmtpServer.start();
        JsonNode c = register(neighbourDispute());
        long caseId = c.get("caseId").asLong();
        String number = c.get("caseNumber").asText();
        assertThat(c.get("earlyWarning").asBoolean()).isFalse();
        assertThat(warningsOf(number)).isEmpty();

        // a rebound: HIGH
        raiseRisk(caseId, c.get("riskLevel").asText(), "HIGH", false, "回访发现纠纷反弹，当事人扬言到镇政府上访，电话13700001111");
        ProcessInstance first = onlyWarningOf(number);
        assertThat(runtime.getVariable(first.getId(), "tracking")).isEqualTo(true);
        assertThat(tasks.createTaskQuery().processInstanceId(first.getId()).taskDefinitionKey("activateContingencyPlan")
                .count()).isZero();
        jobsOf(first).forEach(j -> management.executeJob(j.getId()));
        List<MimeMessage> high = receivedAbout(number);
        assertThat(recipientsOf(high)).containsExactlyInAnyOrderElementsOf(TOWN_RECIPIENTS);
        assertThat(subject(high.get(0))).isEqualTo("【矛盾纠纷预警】" + number + " 邻里 高风险");
        assertThat(body(high.get(0))).contains("风险升级", "回访发现纠纷反弹", "137****1111", "24小时内介入")
                .doesNotContain("13700001111");

        // a supervisor's reassessment: CRITICAL, escalated to the city and the police, contingency plan
        raiseRisk(caseId, "HIGH", "CRITICAL", true, "督导复评：当事人扬言报复，可能民转刑");
        List<ProcessInstance> warnings = warningsOf(number);
        assertThat(warnings).hasSize(2);
        ProcessInstance escalation = warnings.stream().filter(p -> !p.getId().equals(first.getId())).findFirst()
                .orElseThrow();
        assertThat(runtime.getVariable(escalation.getId(), "tracking")).isEqualTo(false);
        assertThat(task(escalation, "activateContingencyPlan")).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceId(escalation.getId()).taskDefinitionKey("recordInstructions")
                .count()).isZero();
        jobsOf(escalation).forEach(j -> management.executeJob(j.getId()));
        List<MimeMessage> critical = receivedAbout(number).stream().filter(m -> subject(m).endsWith("重大风险")).toList();
        assertThat(recipientsOf(critical)).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        assertThat(body(critical.get(0))).contains("督导复评", "立即启动应急预案");
        Map<String, Object> entry = jdbc.queryForMap("select * from stability_ledger where case_id = ?", caseId);
        assertThat(entry.get("risk_level")).isEqualTo("CRITICAL");
        assertThat(((Number) entry.get("warnings")).intValue()).isEqualTo(2);
        assertThat(entry.get("reasons")).asString().contains("回访发现纠纷反弹", "督导复评").doesNotContain("13700001111");

        // the case ends while the instructions are still to be recorded: following ends, the outcome is
        // reported to everyone warned (the highest level), once
        endCase(caseId, "NO_AGREEMENT", "NO_AGREEMENT");
        assertThat(tasks.createTaskQuery().processInstanceId(first.getId()).count()).isZero();
        jobsOf(first).forEach(j -> management.executeJob(j.getId()));
        List<MimeMessage> reports = receivedAbout(number).stream().filter(m -> subject(m).contains("处置结果")).toList();
        assertThat(recipientsOf(reports)).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        assertThat(body(reports.get(0))).contains("调解不成");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getId()).count()).isZero();
        assertThat(jdbc.queryForObject("select status from stability_ledger where case_id = ?", String.class, caseId))
                .isEqualTo("CLOSED");
        // the contingency task of the escalation stays with the justice office until done
        completeAs("chensiyuan", task(escalation, "activateContingencyPlan"), Map.of("contingencyPlan", "已启动",
                "responsiblePerson", "陈思远"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(escalation.getId()).count()).isZero();
        assertThat(receivedAbout(number)).hasSize(3 + 7 + 7);
    }

    /**
     * The whole chain as it runs in production: an oral agreement, the 7-day follow-up visit finds the dispute
     * rebounded, the lifecycle raises the risk (CaseRiskRaisedEvent) and the warning goes out by e-mail.
     */
    @Test
    void aReboundFoundAtAFollowUpVisitWarnsTheTownByEmail() {
        SmtpServer.start();
        ObjectNode dispute = neighbourDispute();
        dispute.putArray("riskIndicators").add("VULNERABLE_PARTY");
        JsonNode c = register(dispute);
        String number = c.get("caseNumber").asText();
        String pid = c.get("processInstanceId").asText();
        int warningsAtIntake = warningsOf(number).size();

        tasks.complete(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate").singleResult()
                .getId(), new HashMap<>(Map.of("mediationAction", "CONCLUDE", "outcome", "AGREEMENT_ORAL",
                "oralAgreementAllowed", true,
                "outcomeNotes", "双方当面达成口头协议。", "agreementTerms", "被申请人当面道歉并清理排水沟")));
        Job visitDue = management.createJobQuery().processInstanceId(pid).activityId("followUpDue").singleResult();
        assertThat(visitDue).as("the 7-day follow-up timer").isNotNull();
        try {
            ClockUtil.setCurrentTime(new Date(visitDue.getDuedate().getTime() + 1000));
            management.executeJob(visitDue.getId());
        } finally {
            ClockUtil.reset();
        }
        tasks.complete(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("followUp").singleResult()
                .getId(), new HashMap<>(Map.of("followUpResult", "REBOUND",
                "followUpNotes", "回访发现双方再次因排水发生争吵，申请人电话13700002222。")));

        List<ProcessInstance> warnings = warningsOf(number);
        assertThat(warnings).hasSize(warningsAtIntake + 1);
        ProcessInstance rebound = warnings.get(warnings.size() - 1);
        assertThat((String) runtime.getVariable(rebound.getId(), "reason")).contains("反弹");
        jobsOf(rebound).forEach(j -> management.executeJob(j.getId()));
        List<MimeMessage> mails = receivedAbout(number).stream().filter(m -> body(m).contains("反弹")).toList();
        assertThat(recipientsOf(mails)).containsAll(TOWN_RECIPIENTS).doesNotHaveDuplicates();
        assertThat(mails).allSatisfy(m -> assertThat(body(m)).doesNotContain("13700002222"));
        assertThat(jdbc.queryForObject("select status from stability_ledger where case_id = ?", String.class,
                c.get("caseId").asLong())).isEqualTo("OPEN");
    }

    @Test
    void aRiskRaisedBelowHighWithoutFlagsWarnsNobody() {
        JsonNode c = register(neighbourDispute());
        raiseRisk(c.get("caseId").asLong(), "LOW", "MEDIUM", false, "调解中发现新的矛盾");
        assertThat(warningsOf(c.get("caseNumber").asText())).isEmpty();
    }

    @Test
    void onlySupervisorsReadTheLedgerAndJusticeOfficesOnlyTheirTowns() throws Exception {
        JsonNode c = register(criticalDispute());
        long caseId = c.get("caseId").asLong();

        assertThat(http().get("/api/ledger/stability", null, null).statusCode()).isEqualTo(401);
        assertThat(http().get("/api/ledger/stability", "zhangli", "demo").statusCode()).isEqualTo(403);
        assertThat(http().get("/api/ledger/stability", "sunzhengxin", "demo").statusCode()).isEqualTo(403);

        JsonNode own = getJson("/api/ledger/stability?status=OPEN", "chensiyuan", 200);
        assertThat(own.findValuesAsText("townCode")).isNotEmpty().allMatch(KEJING::equals);
        JsonNode mine = find(own, caseId);
        assertThat(mine.get("riskLevelName").asText()).isEqualTo("重大风险");
        assertThat(mine.get("townName").asText()).isEqualTo("克井镇");
        assertThat(mine.get("plan").get("responsiblePerson").asText()).isEqualTo("克井司法所负责人");
        assertThat(mine.get("mails").isArray()).isTrue();
        assertThat(http().get("/api/ledger/stability?townCode=419001001", "chensiyuan", "demo").statusCode())
                .isEqualTo(403);
        assertThat(getJson("/api/ledger/stability", "caogang", 200).findValuesAsText("caseId"))
                .doesNotContain(String.valueOf(caseId));

        assertThat(find(getJson("/api/ledger/stability?townCode=" + KEJING, "zhaojiceng", 200), caseId)).isNotNull();
        assertThat(find(getJson("/api/ledger/stability", "admin", "admin-secret", 200), caseId)).isNotNull();
        assertThat(getJson("/api/ledger/stability?status=CLOSED", "admin", "admin-secret", 200)
                .findValuesAsText("caseId")).doesNotContain(String.valueOf(caseId));
        assertThat(http().get("/api/ledger/stability?status=GONE", "admin", "admin-secret").statusCode()).isEqualTo(400);

        // the e-mails of a case: whoever may read the case
        assertThat(http().get("/api/cases/" + caseId + "/mails", "chensiyuan", "demo").statusCode()).isEqualTo(200);
        assertThat(http().get("/api/cases/" + caseId + "/mails", "caogang", "demo").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/cases/999999999/mails", "admin", "admin-secret").statusCode()).isEqualTo(404);
    }

    /** Markup, template and SQL fragments: text like any other, never markup or code. */
    static final String MARKUP = "<script>alert('x')</script><b>粗体</b>${x}#{7*7}'; DROP TABLE case_file; --";

    @Test
    void markupAndExpressionsInASummaryGoOutAsPlainText() throws Exception {
        SmtpServer.start();
        ObjectNode dispute = criticalDispute();
        dispute.put("summary", "东许村约30名村民聚集，一方扬言动刀子。" + MARKUP);
        ((ObjectNode) dispute.get("parties").get(1)).put("name", "<b>李小河</b>");
        JsonNode c = register(dispute);
        long caseId = c.get("caseId").asLong();
        String number = c.get("caseNumber").asText();
        // stored and answered as given
        assertThat(getJson("/api/cases/" + caseId, "zhangli", 200).get("summary").asText()).endsWith(MARKUP);

        jobsOf(onlyWarningOf(number)).forEach(j -> management.executeJob(j.getId()));
        List<MimeMessage> mails = receivedAbout(number);
        assertThat(mails).hasSize(CRITICAL_RECIPIENTS.size());
        for (MimeMessage mail : mails) {
            // a plain-text e-mail: no mail program renders the summary as HTML
            assertThat(mail.getContentType()).startsWith("text/plain");
            // the party named in markup is masked like any name (its first character and 某), as text
            assertThat(body(mail)).contains(MARKUP, "<某（被申请人").doesNotContain("李小河");
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    static String applicantIdNumber() {
        String first17 = "41088119850601123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A neighbour dispute in 克井镇东许村 between two villagers. */
    ObjectNode neighbourDispute() {
        return CaseRequests.dispute().summary("两家因院墙排水问题多次争吵。")
                .applicant("王大山", APPLICANT_PHONE, applicantIdNumber()).json();
    }

    /** 30 people in a land dispute in 克井镇东许村, one side threatening violence: CRITICAL. */
    ObjectNode criticalDispute() {
        ObjectNode body = neighbourDispute();
        body.put("category", "LAND");
        body.put("summary", "东许村约30名村民因土地补偿款分配问题聚集到村委会，一方扬言“不给说法就动刀子”。"
                + "联系人电话" + SUMMARY_PHONE + "，身份证号" + applicantIdNumber() + "。");
        body.put("peopleInvolved", 30);
        body.putArray("riskIndicators").add("VIOLENCE_THREAT");
        return body;
    }

    HttpResponse<String> post(String user, ObjectNode body) {
        return http().send(HttpRequest.newBuilder(URI.create(http().url("/api/cases")))
                .header("Content-Type", "application/json").header("Authorization", Http.basic(user, "demo"))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    JsonNode register(ObjectNode body) {
        HttpResponse<String> response = post("zhangli", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode getJson(String path, String user, int status) throws IOException {
        return getJson(path, user, "demo", status);
    }

    JsonNode getJson(String path, String user, String password, int status) throws IOException {
        HttpResponse<String> response = http().get(path, user, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    static JsonNode find(JsonNode entries, long caseId) {
        for (JsonNode e : entries) {
            if (e.get("caseId").asLong() == caseId) {
                return e;
            }
        }
        throw new AssertionError("case " + caseId + " is not in " + entries);
    }

    List<ProcessInstance> warningsOf(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("early-warning")
                .processInstanceBusinessKey(caseNumber).orderByProcessInstanceId().asc().list();
    }

    ProcessInstance onlyWarningOf(String caseNumber) {
        List<ProcessInstance> warnings = warningsOf(caseNumber);
        assertThat(warnings).hasSize(1);
        return warnings.get(0);
    }

    Task task(ProcessInstance instance, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }

    /**
     * The instance's jobs once the join of its two branches (reportJoin, an asynchronous boundary of its own) has
     * run: the mail jobs.
     */
    List<Job> jobsOf(ProcessInstance instance) {
        List<Job> joins;
        while (!(joins = management.createJobQuery().processInstanceId(instance.getId()).activityId("reportJoin")
                .list()).isEmpty()) {
            joins.forEach(j -> management.executeJob(j.getId()));
        }
        return management.createJobQuery().processInstanceId(instance.getId()).list();
    }

    void completeAs(String user, Task task, Map<String, Object> variables) {
        EngineUser.login(identity, user);
        try {
            tasks.complete(task.getId(), new HashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** As the lifecycle does: inside the transaction that records the change. */
    void raiseRisk(long caseId, String from, String to, boolean earlyWarning, String reason) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new CaseRiskRaisedEvent(caseId, from, to, earlyWarning, reason)));
    }

    void endCase(long caseId, String status, String outcome) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new CaseEndedEvent(caseId, status, outcome)));
    }

    static List<MimeMessage> receivedAbout(String caseNumber) {
        return SmtpServer.received().stream().filter(m -> subject(m).contains(caseNumber)).toList();
    }

    /** The recipients, one per e-mail (a duplicate shows twice). */
    static List<String> recipientsOf(List<MimeMessage> mails) {
        return mails.stream().map(m -> address(m).getAddress()).toList();
    }
}
