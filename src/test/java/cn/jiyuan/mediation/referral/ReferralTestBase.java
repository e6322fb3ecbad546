package cn.jiyuan.mediation.referral;

import static cn.jiyuan.mediation.support.SmtpServer.body;
import static cn.jiyuan.mediation.support.SmtpServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpPlatformTest;
import cn.jiyuan.mediation.support.SmtpServer;
import cn.jiyuan.mediation.support.WebappSession;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * 三调联动 end to end on the database of the subclass, against a real SMTP server (GreenMail): the demo mediator 张丽
 * (东许村调委会) refers a case from her mediate task through the engine API as Tasklist does; the letter (PDF) is in
 * the case file and reaches the receiving unit's mailbox of the registry exactly once (also when its job runs
 * again); the answer she records returns into the case — its history, its status, the ledger, the statistics and
 * the provincial export. A late answer is reminded, then supervised by the justice office; a returned case is
 * mediated again. Every rule is called as the wrong user, through {@code /engine-rest} and Tasklist's API.
 */
@DemoPlatformTest
abstract class ReferralTestBase extends SmtpPlatformTest {

    /**
     * Case numbers start again in every fresh database while the SMTP server lives as long as the JVM: e-mails of an
     * earlier context's case with the same number would be taken for this one's.
     */
    @BeforeEach
    void forgetEarlierMails() {
        SmtpServer.purge();
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEJING = "419001100";
    static final String DONGXU_GROUP = "committee-VC419001100201";
    static final String KEJING_TRIBUNAL = "CT419001100";
    static final String KEJING_POLICE = "PS419001100";

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
    CaseReferrals referrals;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCommitteeRefersACaseToTheCourtAndTheCourtsAnswerReturnsIntoTheCase() throws Exception {
        SmtpServer.start();
        JsonNode registered = register("诉调对接测试");
        long caseId = registered.get("caseId").asLong();
        String caseNumber = registered.get("caseNumber").asText();
        String pid = registered.get("processInstanceId").asText();
        Task mediate = task(pid, "mediate");

        // the receiving units are the registry's: her town's and the city's, not another town's
        JsonNode form = json(http().get("/engine-rest/task/" + mediate.getId() + "/form-variables", "zhangli", "demo")
                .body());
        String units = form.path("referralUnitOptions").path("value").toString();
        assertThat(units).contains(KEJING_TRIBUNAL, "CT419001", KEJING_POLICE, "PT419001", "AD419001-HRSS")
                .doesNotContain("PS419001001");
        assertThat(form.path("referralKindOptions").path("value").toString()).contains("移送人民法院（诉调对接）");

        // a contact of another kind, or none, is refused beside its field, and nothing is recorded
        HttpResponse<String> wrongKind = complete("zhangli", mediate, referOut("COURT", KEJING_POLICE, "当事人坚持起诉"));
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        HttpResponse<String> noReason = complete("zhangli", mediate, referOut("COURT", KEJING_TRIBUNAL, ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason.body()).path("message").asText()).isEqualTo("请填写移送理由");
        assertThat(referralsOf(caseId)).isZero();
        // another committee cannot refer her case (with a unit it may pick: the city's court)
        assertThat(complete("songyu", mediate, referOut("COURT", "CT419001", "越权移送")).statusCode()).isIn(403, 404);
        assertThat(referralsOf(caseId)).isZero();

        String reason = "被申请人拒不拆除违建，申请人坚持起诉，请求法院诉前调解或立案（申请人电话13812341234）。";
        HttpResponse<String> referred = complete("zhangli", mediate, referOut("COURT", KEJING_TRIBUNAL, reason));
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(204);

        Map<String, Object> referral = jdbc.queryForMap("select * from case_referral where case_id = ?", caseId);
        long referralId = ((Number) referral.get("id")).longValue();
        LocalDate replyDue = ((java.sql.Date) referral.get("reply_due")).toLocalDate();
        assertThat(referral.get("kind")).isEqualTo("COURT");
        assertThat(referral.get("unit_email")).isEqualTo("fating-419001100@jiyuan.example");
        assertThat(referral.get("referred_by")).isEqualTo("zhangli");
        assertThat(replyDue).isAfter(CaseTime.today().plusDays(14));
        assertThat(status(caseId)).isEqualTo("REFERRED_OUT");
        assertThat(jdbc.queryForObject("select deadline from case_file where id = ?", LocalDate.class, caseId))
                .as("the case waits for the answer: its deadline is the answer's").isEqualTo(replyDue);
        // the letter is in the case file before anything is sent
        byte[] letter = jdbc.queryForObject("select content from case_document where case_id = ? and kind = ?",
                byte[].class, caseId, "REFERRAL_LETTER");
        String text = pdfText(letter);
        assertThat(text).contains("人民调解案件移送函", caseNumber, "济源市人民法院克井人民法庭", "诉调对接", "王大山", "李小河",
                "138****1234", "被申请人拒不拆除违建", "张丽", "克井镇东许村人民调解委员会（印）",
                replyDue.getYear() + "年" + replyDue.getMonthValue() + "月" + replyDue.getDayOfMonth() + "日")
                .doesNotContain("13812341234", CaseRequests.idNumber("41088119800315123"));
        assertThat(aboutCase(caseNumber)).isEmpty();

        // the letter goes out in the called process's job: once, also when the job's work runs again
        ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(pid).singleResult();
        assertThat(called.getBusinessKey()).isEqualTo(caseNumber);
        assertThat(called.getTenantId()).isEqualTo(KEJING);
        runJobs(called.getId());
        new TransactionTemplate(transactions).executeWithoutResult(s -> referrals.sendLetter(referralId, called.getId()));
        List<MimeMessage> mails = aboutCase(caseNumber);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(SmtpServer.recipient(mail)).isEqualTo("fating-419001100@jiyuan.example");
        assertThat(subject(mail)).isEqualTo("【人民调解案件移送函】" + caseNumber + "（诉调对接）");
        String mailText = plainText(mail);
        assertThat(mailText).contains("济源市人民法院克井人民法庭", "移送函见附件", "张丽").doesNotContain("13812341234", "王大山");
        assertThat(pdfText(attachment(mail))).isEqualTo(text);
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where case_id = ? and kind = 'REFERRAL_LETTER'",
                Integer.class, caseId)).isEqualTo(1);
        assertThat(notes(caseId)).anyMatch(n -> n.startsWith("移送函已通过电子邮件发送至济源市人民法院克井人民法庭"));

        // the answer is hers to record: not another committee's, not another town's office, nor a variable set by hand
        Task answer = tasks.createTaskQuery().processInstanceId(called.getId()).taskDefinitionKey("awaitAnswer")
                .singleResult();
        assertThat(answer.getName()).isEqualTo("登记移送回复 " + caseNumber);
        String accepted = answerBody("ACCEPTED", "法院已立案，转诉前调解", "（2026）豫9001民初1234号");
        for (String stranger : List.of("songyu", "caogang", "liuyang")) {
            assertThat(http().post("/engine-rest/task/" + answer.getId() + "/complete", stranger, "demo", accepted)
                    .statusCode()).as(stranger + " through /engine-rest").isIn(403, 404);
            WebappSession tasklist = WebappSession.login(port, "tasklist", stranger, "demo");
            assertThat(tasklist.post(WebappSession.engine("task/" + answer.getId() + "/submit-form"), accepted)
                    .statusCode()).as(stranger + " through Tasklist").isIn(403, 404);
            assertThat(tasklist.get(WebappSession.engine("task/" + answer.getId() + "/form-variables")).statusCode())
                    .as(stranger + " reads the form").isIn(403, 404);
        }
        assertThat(http().get("/engine-rest/task?processInstanceId=" + called.getId(), "songyu", "demo").body())
                .isEqualTo("[]");
        String byHand = "{\"value\":\"REFERRED\",\"type\":\"String\"}";
        assertThat(http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http().url(
                        "/engine-rest/process-instance/" + called.getId() + "/variables/outcome")))
                .header("Authorization", Http.basic("zhangli", "demo")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(byHand)).build()).statusCode()).isIn(403, 404);
        assertThat(runtime.getVariable(called.getId(), "outcome")).isNull();

        // she opens the form: the referral at a glance, the parties in full for her
        JsonNode answerForm = json(WebappSession.login(port, "tasklist", "zhangli", "demo")
                .get(WebappSession.engine("task/" + answer.getId() + "/form-variables")).body());
        assertThat(answerForm.path("referralSummary").path("value").asText())
                .contains("诉调对接", "济源市人民法院克井人民法庭", "王大山", "13812341234");
        long letterId = ((Number) runtime.getVariable(called.getId(), "referralLetterId")).longValue();
        HttpResponse<String> letterLink = http().get("/api/cases/" + caseId + "/documents/" + letterId, "zhangli", "demo");
        assertThat(letterLink.statusCode()).isEqualTo(200);
        assertThat(letterLink.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(http().get("/api/cases/" + caseId + "/documents/" + letterId, "songyu", "demo").statusCode())
                .as("another committee does not read the letter").isIn(403, 404);
        assertThat(answerForm.path("referralAnswerOptions").toString()).contains("已受理", "退回人民调解");
        HttpResponse<String> noResult = complete("zhangli", answer, answerBody("ACCEPTED", "", null));
        assertThat(noResult.statusCode()).isEqualTo(400);
        assertThat(json(noResult.body()).path("message").asText()).isEqualTo("请填写接收单位的受理、处理情况");

        HttpResponse<String> done = WebappSession.login(port, "tasklist", "zhangli", "demo")
                .post(WebappSession.engine("task/" + answer.getId() + "/submit-form"), accepted);
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);

        // the answer returns into the case: concluded as referred, closed, in its history
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
        Map<String, Object> file = jdbc.queryForMap("select status, outcome, conclusion, referral_kind, referral_outcome"
                + " from case_file where id = ?", caseId);
        assertThat(file).containsEntry("status", "CLOSED").containsEntry("outcome", "REFERRED")
                .containsEntry("conclusion", "REFERRED").containsEntry("referral_kind", "COURT")
                .containsEntry("referral_outcome", "ACCEPTED");
        JsonNode shown = json(http().get("/api/cases/" + caseId, "zhangli", "demo").body());
        assertThat(shown.toString()).contains("移送回复（济源市人民法院克井人民法庭，诉调对接）：已受理，由接收单位依法处理，受理编号（2026）豫9001民初1234号",
                "本案已移送济源市人民法院克井人民法庭（诉调对接）");
        // the engine keeps none of the texts
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(pid, called.getId()).list()) {
            assertThat(String.valueOf(v.getValue())).as(v.getName()).doesNotContain("拒不拆除", "诉前调解");
        }

        // the ledger lists it by referral, and the statistics count it as the ledger does
        String today = CaseTime.today().toString();
        JsonNode ledger = json(http().get("/api/ledger/cases?from=" + today + "&to=" + today
                + "&referralKind=COURT&referralOutcome=ACCEPTED&size=200", "chensiyuan", "demo").body());
        JsonNode item = null;
        for (JsonNode i : ledger.get("items")) {
            if (i.get("caseId").asLong() == caseId) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("referralKindLabel").asText()).isEqualTo("诉调对接");
        assertThat(item.get("referralOutcomeLabel").asText()).isEqualTo("已受理，由接收单位依法处理");
        assertThat(item.get("conclusionLabel").asText()).isEqualTo("移送有关部门处理");
        JsonNode overview = json(http().get("/api/statistics/overview?from=" + today + "&to=" + today, "chensiyuan",
                "demo").body());
        assertThat(overview.get("byReferral")).hasSize(4);
        for (JsonNode kind : overview.get("byReferral")) {
            for (JsonNode answered : kind.get("byOutcome")) {
                long listed = json(http().get("/api/ledger/cases?from=" + today + "&to=" + today + "&referralKind="
                        + kind.get("code").asText() + "&referralOutcome=" + answered.get("code").asText(), "chensiyuan",
                        "demo").body()).get("total").asLong();
                assertThat(answered.get("count").asLong()).as(kind.get("code") + "/" + answered.get("code"))
                        .isEqualTo(listed);
            }
        }
        assertThat(count(overview.get("byReferral"), "COURT", "ACCEPTED")).isPositive();
        assertThat(overview.get("byOutcome").toString()).contains("移送有关部门处理");

        // the month's provincial export: result 05 and where it went
        String csv = http().get("/api/exports/provincial?month=" + YearMonth.from(CaseTime.today()) + "&format=csv",
                "zhaojiceng", "demo").body();
        String row = csv.lines().filter(l -> l.startsWith(caseNumber + ",")).findFirst().orElseThrow();
        assertThat(row).contains(",05,终止调解（移送有关部门处理）,诉调对接（人民法院）,", "村(社区)人民调解委员会");
    }

    @Test
    void aLateAnswerIsRemindedThenSupervisedByTheJusticeOfficeAndAReturnedCaseIsMediatedAgain() throws Exception {
        SmtpServer.start();
        JsonNode registered = register("警调对接测试");
        long caseId = registered.get("caseId").asLong();
        String caseNumber = registered.get("caseNumber").asText();
        String pid = registered.get("processInstanceId").asText();
        HttpResponse<String> referred = complete("zhangli", task(pid, "mediate"), referOut("POLICE", KEJING_POLICE,
                "被申请人扬言报复，可能引发治安案件，请派出所依法处置。"));
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(204);
        String called = runtime.createProcessInstanceQuery().superProcessInstanceId(pid).singleResult().getId();
        runJobs(called);
        assertThat(SmtpServer.recipient(aboutCase(caseNumber).get(0))).isEqualTo("pcs-419001100@jiyuan.example");

        // the reply is late: the committee is reminded on the next working day
        Task answer = tasks.createTaskQuery().processInstanceId(called).taskDefinitionKey("awaitAnswer").singleResult();
        assertThat(answer.getPriority()).isEqualTo(50);
        Job reminder = fire(called, "replyOverdueTimer");
        LocalDate replyDue = jdbc.queryForObject("select reply_due from case_referral where case_id = ?", LocalDate.class,
                caseId);
        assertThat(reminder.getDuedate()).isAfter(CaseTime.endOf(replyDue));
        // raised from the default 50 to 70 and one step more: above every ordinary task of the committee
        assertThat(tasks.createTaskQuery().taskId(answer.getId()).singleResult().getPriority()).isEqualTo(80);
        assertThat(tasks.getTaskComments(answer.getId())).anyMatch(c -> c.getFullMessage().contains("尚未回复"));
        assertThat(notes(caseId)).anyMatch(n -> n.startsWith("移送回复提醒："));

        // still none: the town's justice office supervises; another town's office cannot
        fire(called, "escalationTimer");
        Task supervise = tasks.createTaskQuery().processInstanceId(called).taskDefinitionKey("superviseReferral")
                .singleResult();
        assertThat(supervise.getName()).isEqualTo("督办移送回复 " + caseNumber);
        assertThat(notes(caseId)).anyMatch(n -> n.contains("逾期仍未获回复，转克井司法所督办"));
        String opinion = "{\"variables\":{\"referralSupervisionOpinion\":{\"value\":\"已与克井派出所所长沟通，三日内回复\"}}}";
        assertThat(http().post("/engine-rest/task/" + supervise.getId() + "/complete", "caogang", "demo", opinion)
                .statusCode()).isIn(403, 404);
        assertThat(http().post("/engine-rest/task/" + supervise.getId() + "/complete", "zhangli", "demo", opinion)
                .statusCode()).as("the committee does not supervise itself").isIn(403, 404);
        JsonNode supervisionForm = json(http().get("/engine-rest/task/" + supervise.getId() + "/form-variables",
                "chensiyuan", "demo").body());
        assertThat(supervisionForm.path("referralSummary").path("value").asText()).contains("克井派出所", "逾期提醒");
        HttpResponse<String> supervised = http().post("/engine-rest/task/" + supervise.getId() + "/complete",
                "chensiyuan", "demo", opinion);
        assertThat(supervised.statusCode()).as(supervised.body()).isEqualTo(204);
        assertThat(notes(caseId)).anyMatch(n -> n.equals("司法所督办移送回复：已与克井派出所所长沟通，三日内回复"));

        // the police return it for mediation: the mediate task is hers again, with a new deadline
        HttpResponse<String> returned = complete("zhangli", answer, answerBody("RETURNED",
                "经核查不构成治安案件，属民间纠纷，退回调委会调解", null));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(called).count()).isZero();
        Task again = task(pid, "mediate");
        assertThat(again.getAssignee()).isEqualTo("zhangli");
        LocalDate deadline = CaseTime.today().plusDays(30);
        assertThat(again.getDueDate()).isEqualTo(CaseTime.endOf(deadline));
        assertThat(status(caseId)).isEqualTo("REFERRAL_RETURNED");
        assertThat(jdbc.queryForMap("select deadline, referral_kind, referral_outcome, conclusion from case_file where id = ?",
                caseId)).containsEntry("referral_kind", "POLICE").containsEntry("referral_outcome", "RETURNED")
                .containsEntry("conclusion", null);
        assertThat(jdbc.queryForObject("select deadline from case_file where id = ?", LocalDate.class, caseId))
                .isEqualTo(deadline);
        assertThat(notes(caseId)).anyMatch(n -> n.contains("退回人民调解") && n.contains("调解期限至" + deadline));
        assertThat(aboutCase(caseNumber)).as("one letter only").hasSize(1);

        // and she may refer it again, elsewhere
        HttpResponse<String> again2 = complete("zhangli", again, referOut("PETITION", "PT419001100", "当事人反复信访"));
        assertThat(again2.statusCode()).as(again2.body()).isEqualTo(204);
        assertThat(referralsOf(caseId)).isEqualTo(2);
        assertThat(jdbc.queryForMap("select referral_kind, referral_outcome from case_file where id = ?", caseId))
                .containsEntry("referral_kind", "PETITION").containsEntry("referral_outcome", null);
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    JsonNode register(String marker) {
        return CaseRequests.register(http(), "zhangli", "demo", CaseRequests.dispute().marker(marker).amount(3000)
                .json());
    }

    Task task(String pid, String key) {
        return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    }

    HttpResponse<String> complete(String user, Task task, String body) {
        return http().post("/engine-rest/task/" + task.getId() + "/complete", user, "demo", body);
    }

    static String referOut(String kind, String contact, String reason) {
        ObjectNode vars = JSON.createObjectNode();
        vars.putObject("mediationAction").put("value", "REFER_OUT").put("type", "String");
        vars.putObject("referralKind").put("value", kind).put("type", "String");
        vars.putObject("referralContact").put("value", contact).put("type", "String");
        vars.putObject("referralReason").put("value", reason).put("type", "String");
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", vars);
        return body.toString();
    }

    static String answerBody(String outcome, String result, String reference) {
        ObjectNode vars = JSON.createObjectNode();
        vars.putObject("referralAnswer").put("value", outcome).put("type", "String");
        vars.putObject("referralResult").put("value", result).put("type", "String");
        if (reference != null) {
            vars.putObject("referralUnitReference").put("value", reference).put("type", "String");
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", vars);
        return body.toString();
    }

    void runJobs(String processInstanceId) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    /** Moves the engine clock to the timer's due date and executes its job. */
    Job fire(String processInstanceId, String activityId) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        management.executeJob(job.getId());
        return job;
    }

    String status(long caseId) {
        return jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId);
    }

    List<String> notes(long caseId) {
        return jdbc.queryForList("select note from case_status_history where case_id = ? order by changed_at, id",
                String.class, caseId);
    }

    int referralsOf(long caseId) {
        return jdbc.queryForObject("select count(*) from case_referral where case_id = ?", Integer.class, caseId);
    }

    static List<MimeMessage> aboutCase(String caseNumber) {
        return SmtpServer.received().stream().filter(m -> subject(m).contains(caseNumber)).toList();
    }

    static long count(JsonNode byReferral, String kind, String outcome) {
        Map<String, Long> counts = new LinkedHashMap<>();
        byReferral.forEach(k -> k.get("byOutcome").forEach(f -> counts.put(k.get("code").asText() + "/"
                + f.get("code").asText(), f.get("count").asLong())));
        return counts.getOrDefault(kind + "/" + outcome, 0L);
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
        }
    }

    /** The text of the e-mail's plain part (the letter is the attachment). */
    static String plainText(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                ? content.toString() : "";
    }

    static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                assertThat(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()))
                        .startsWith("人民调解案件移送函");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment in " + body(mail));
    }
}
