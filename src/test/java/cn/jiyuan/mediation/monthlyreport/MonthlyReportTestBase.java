package cn.jiyuan.mediation.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.statistics.Overview;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpPlatformTest;
import cn.jiyuan.mediation.support.SmtpServer;
import cn.jiyuan.mediation.support.WebappSession;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * A simulated month on the demo data, against the whole platform and a real SMTP server (GreenMail), on the database
 * of the subclass: the monthly timer job (its time reached on the engine's clock) gives every justice office its
 * meeting task; 克井司法所 records its meeting through the engine API, the report's figures are those of the statistics
 * (checked against cases registered for the test) and its PDF's text is read back; the sign-off is the head's alone
 * (the staff member who recorded the meeting and another town's head neither see nor complete it, over /engine-rest
 * and Tasklist's API); the head returns it once, and the meeting form opens with what was recorded and the head's
 * opinion; then the head signs it off; the
 * e-mail reaches the party committee and the government once each, the grassroots section in copy; the meeting's
 * follow-up item is its owner's task. The other offices report as well, but two: they are reminded at the due time
 * and supervised by the grassroots section after it, whose roll-up names them as it stood at that time (a later
 * report does not change it); a late report withdraws its supervision. Then who may see what, and a meeting form refused in Chinese with nothing written.
 *
 * <p>The month is the one whose opening the timer waits for; the engine clock is moved, the case dates are today's.
 * The tests run in order: the later ones use the month the first one ran.
 */
@DemoPlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MonthlyReportTestBase extends SmtpPlatformTest {

    static final String KEJING = "419001100";
    static final String QINYUAN = "419001001";
    static final String WANGWU = "419001109";
    static final String XIAYE = "419001110";
    static final String SUBJECT = "【矛盾纠纷排查化解情况月报】";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationRepository registry;
    @Autowired
    MonthlyReportRepository reports;
    @Autowired
    MonthlyFigures figures;
    @Autowired
    MonthlyPeople people;
    @Autowired
    MonthlyReportMailer mailer;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        SmtpServer.start();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------------------------------ tests

    @Test
    @Order(1)
    void aSimulatedMonthGivesEveryOfficeItsMeetingAndReportAndEachPartyCommitteeItsReportOnce() throws Exception {
        // the other database's run of this test (same JVM, same SMTP server) mailed the same subjects
        SmtpServer.purge();
        MonthlyRound round = openMonthByItsTimer();
        List<JusticeOffice> offices = registry.findOffices();
        assertThat(offices).hasSize(16);
        for (JusticeOffice office : offices) {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(office.townCode() + "-" + round.month())
                    .taskDefinitionKey("holdMeeting").taskCandidateGroup(office.groupId()).count())
                    .as(office.name() + "'s meeting task").isEqualTo(1);
        }
        MonthlyReport kejing = reports.find(round.id(), KEJING).orElseThrow();
        Task meeting = task(kejing, "holdMeeting");
        assertThat(meeting.getName()).isEqualTo("召开调委会主任例会");
        assertThat(meeting.getDueDate()).isEqualTo(Date.from(round.dueAt().toInstant()));
        assertThat(meeting.getTenantId()).isEqualTo(KEJING);
        // 克井司法所 sees its own task in Tasklist's query, 沁园司法所 does not
        assertThat(taskIdsOf("chensiyuan")).contains(meeting.getId());
        assertThat(taskIdsOf("caogang")).doesNotContain(meeting.getId());

        // cases of the month: the report must count them as the statistics do
        Overview before = figures.of(KEJING, round.from(), round.to()).period();
        long openHighBefore = count(figures.of(KEJING, round.from(), round.to()).open().openByRiskLevel(), "HIGH")
                + count(figures.of(KEJING, round.from(), round.to()).open().openByRiskLevel(), "CRITICAL");
        JsonNode highRisk = CaseRequests.register(http, "zhangli", "demo", CaseRequests.dispute().category("LAND")
                .summary("东许村两户因宅基地边界争执，一方扬言报复。").risk("VIOLENCE_THREAT").json());
        CaseRequests.register(http, "zhangli", "demo", CaseRequests.dispute().category("NEIGHBOR").json());
        CaseRequests.register(http, "zhangli", "demo", CaseRequests.dispute().category("NEIGHBOR").json());
        boolean todayCounts = !cn.jiyuan.mediation.cases.CaseTime.today().isBefore(round.from())
                && !cn.jiyuan.mediation.cases.CaseTime.today().isAfter(round.to());

        // the office records its meeting through the engine API, as Tasklist does
        HttpResponse<String> done = post("/engine-rest/task/" + meeting.getId() + "/complete", "chensiyuan",
                meetingForm(round.to(), List.of("P0010", "P0002", "P0020"), "liuyang", round.to().plusDays(10)));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        runJobsOf(kejing);
        MonthlyReport generated = reports.find(kejing.id()).orElseThrow();
        assertThat(generated.status()).isEqualTo(ReportStatus.GENERATED);
        assertThat(generated.meetingRecordedBy()).isEqualTo("chensiyuan");
        assertThat(reports.attendees(kejing.id())).extracting(MonthlyReportRepository.Attendee::name)
                .containsExactlyInAnyOrder("刘洋", "王军", "陈思远");
        // nothing typed stays in the process
        assertThat(runtime.getVariables(kejing.processInstanceId())).doesNotContainKeys("minutes", "decisions",
                "followUps", "attendees", "meetingPlace");

        // the PDF as the office opens it (the sign-off form links it), its text read back
        HttpResponse<byte[]> pdf = getBytes("/api/monthly-reports/" + kejing.id() + "/pdf", "chensiyuan");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = text(pdf.body());
        Overview after = figures.of(KEJING, round.from(), round.to()).period();
        long expectedRegistered = before.registered() + (todayCounts ? 3 : 0);
        assertThat(after.registered()).isEqualTo(expectedRegistered);
        assertThat(text).contains("克井镇矛盾纠纷排查化解情况月报", round.label(),
                "统计期间：" + MonthlyReportTexts.day(round.from()) + "至" + MonthlyReportTexts.day(round.to()),
                "本期新受理矛盾纠纷" + expectedRegistered + "件",
                "调解结案" + after.concluded() + "件", "调解成功" + after.agreements() + "件",
                "调解成功率" + MonthlyReportTexts.percent(after.successRate()),
                "按期结案率" + MonthlyReportTexts.percent(after.onTimeRate()),
                "预警" + after.earlyWarnings().total() + "件",
                "排查覆盖率" + MonthlyReportTexts.percent(after.screening().coverageRate()),
                "刘洋（克井镇调委会主任）", "王军（克井镇东许村调委会主任）", "陈思远（克井司法所工作人员）",
                "加强宅基地纠纷排查", "对东许村宅基地纠纷开展回访", "克井司法所");
        if (todayCounts) {
            assertThat(text).contains("邻里");
            assertThat(after.byCategory().stream().filter(f -> f.code().equals("NEIGHBOR")).findFirst().orElseThrow()
                    .count()).isEqualTo(count(before.byCategory(), "NEIGHBOR") + 2);
        }
        // the open high-risk case is listed whenever it was registered
        assertThat(text).contains(highRisk.get("caseNumber").asText().replaceAll("\\s", ""));
        assertThat(count(figures.of(KEJING, round.from(), round.to()).open().openByRiskLevel(), "HIGH")
                + count(figures.of(KEJING, round.from(), round.to()).open().openByRiskLevel(), "CRITICAL"))
                .isEqualTo(openHighBefore + 1);
        assertThat(text).doesNotContain("${", "13812341234");

        // the sign-off is the head's (李建华, 所长) alone: not the staff who recorded the meeting, not another town's head
        Task signOff = task(kejing, "signOff");
        assertThat(tasks.createTaskQuery().taskId(signOff.getId()).taskCandidateGroup("justice-office-head-" + KEJING)
                .count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(signOff.getId()).taskCandidateGroup("justice-office-" + KEJING)
                .count()).isZero();
        assertThat(taskIdsOf("lijianhua")).contains(signOff.getId());
        for (String wrong : List.of("chensiyuan", "caogang")) {
            assertNeitherSeesNorCompletes(wrong, signOff.getId());
        }
        assertThat(task(kejing, "signOff").getId()).as("still open").isEqualTo(signOff.getId());

        // the head returns it: the meeting form opens as it was recorded, with the head's opinion
        done = post("/engine-rest/task/" + signOff.getId() + "/complete", "lijianhua",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"RETURN\"},\"reviewOpinion\":{\"value\":\"请补充克井镇调委会委员参会情况\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(reports.find(kejing.id()).orElseThrow().status()).isEqualTo(ReportStatus.OPEN);
        Task again = task(kejing, "holdMeeting");
        WebappSession chen = WebappSession.login(http, "tasklist", "chensiyuan", "demo");
        HttpResponse<String> opened = chen.get(WebappSession.engine("task/" + again.getId() + "/form-variables"));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        JsonNode earlier = json.readTree(opened.body());
        assertThat(earlier.path("meetingDate").path("value").asText()).isEqualTo(round.to().toString());
        assertThat(earlier.path("meetingPlace").path("value").asText()).isEqualTo("克井司法所会议室");
        assertThat(earlier.path("minutes").path("value").asText()).isEqualTo("通报本月纠纷情况，东许村宅基地纠纷多发，交流化解经验。");
        assertThat(earlier.path("decisions").path("value").asText()).isEqualTo("加强宅基地纠纷排查，每周报告进展。");
        assertThat(earlier.path("returnOpinion").path("value").asText()).isEqualTo("请补充克井镇调委会委员参会情况");
        assertThat(earlier.path("attendees").path("type").asText()).isEqualTo("Json");
        assertThat(json.readTree(earlier.path("attendees").path("value").asText()))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("P0010", "P0002", "P0020");
        JsonNode items = json.readTree(earlier.path("followUps").path("value").asText());
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("item").asText()).isEqualTo("对东许村宅基地纠纷开展回访");
        assertThat(items.get(0).path("owner").asText()).isEqualTo("liuyang");
        assertThat(items.get(0).path("dueDate").asText()).isEqualTo(round.to().plusDays(10).toString());
        // filled in from the report's tables: nothing of it went back into the engine
        assertThat(runtime.getVariables(kejing.processInstanceId())).doesNotContainKeys("minutes", "decisions",
                "followUps", "attendees", "meetingPlace", "returnOpinion");
        // the office adds the member the head asked for and submits the form as it came back, through Tasklist
        ObjectNode resubmitted = json.createObjectNode();
        ObjectNode variables = resubmitted.putObject("variables");
        for (String field : List.of("meetingDate", "meetingPlace", "minutes", "decisions", "followUps", "returnOpinion")) {
            variables.set(field, earlier.path(field));
        }
        variables.putObject("attendees").put("type", "Json")
                .put("value", json.writeValueAsString(List.of("P0010", "P0002", "P0020", "P0011")));
        done = chen.post(WebappSession.engine("task/" + again.getId() + "/submit-form"), resubmitted.toString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        runJobsOf(kejing);
        assertThat(reports.attendees(kejing.id())).extracting(MonthlyReportRepository.Attendee::name)
                .containsExactlyInAnyOrder("刘洋", "王军", "陈思远", "杨帆");
        assertThat(reports.find(kejing.id()).orElseThrow().minutes()).isEqualTo("通报本月纠纷情况，东许村宅基地纠纷多发，交流化解经验。");

        // the head signs it off; the e-mail goes out by its own job
        signOff = task(kejing, "signOff");
        done = post("/engine-rest/task/" + signOff.getId() + "/complete", "lijianhua",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"APPROVE\"},\"reviewOpinion\":{\"value\":\"同意报送\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(mails(round, "dangwei-419001100@jiyuan.example")).isEmpty();
        runJobsOf(kejing);
        assertThat(reports.find(kejing.id()).orElseThrow().status()).isEqualTo(ReportStatus.REPORTED);
        assertThat(reports.find(kejing.id()).orElseThrow().signedOffBy()).isEqualTo("lijianhua");

        List<MimeMessage> toParty = mails(round, "dangwei-419001100@jiyuan.example");
        assertThat(toParty).hasSize(1);
        assertThat(mails(round, "zhengfu-419001100@jiyuan.example")).hasSize(1);
        assertThat(mails(round, "jicengke@jiyuan.example")).as("the grassroots section in copy").hasSize(1);
        MimeMessage mail = toParty.get(0);
        assertThat(mail.getSubject()).isEqualTo(SUBJECT + "克井镇 " + round.label());
        assertThat(mail.getRecipients(Message.RecipientType.CC)[0].toString()).contains("jicengke@jiyuan.example");
        assertThat(mail.getMessageID()).startsWith("<monthly-report-" + kejing.id() + ".");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(plainText(parts.getBodyPart(0))).contains("克井司法所", "加强宅基地纠纷排查", "签发人 李建华（克井司法所所长）",
                "/api/monthly-reports/" + kejing.id() + "/pdf");
        assertThat(text(parts.getBodyPart(1).getInputStream().readAllBytes())).contains("克井镇矛盾纠纷排查化解情况月报");
        // sent once: the job's retry (here: the same step again) sends nothing
        assertThat(mailer.send(kejing.id(), kejing.processInstanceId())).isFalse();
        assertThat(mails(round, "dangwei-419001100@jiyuan.example")).hasSize(1);

        // the follow-up item is 刘洋's task, due on its day
        Task followUp = tasks.createTaskQuery().processInstanceId(kejing.processInstanceId())
                .taskDefinitionKey("followUp").singleResult();
        assertThat(followUp.getAssignee()).isEqualTo("liuyang");
        assertThat(taskIdsOf("liuyang")).contains(followUp.getId());
        JsonNode form = getJson("/engine-rest/task/" + followUp.getId() + "/form-variables", "liuyang", 200);
        assertThat(form.path("followUpItem").path("value").asText()).contains("对东许村宅基地纠纷开展回访", "刘洋");
        done = post("/engine-rest/task/" + followUp.getId() + "/complete", "liuyang",
                "{\"variables\":{\"followUpResult\":{\"value\":\"已回访两户，边界已确认\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(reports.followUps(kejing.id()).get(0).result()).isEqualTo("已回访两户，边界已确认");

        // every other office reports, but 王屋 and 下冶
        for (JusticeOffice office : offices) {
            if (!List.of(KEJING, WANGWU, XIAYE).contains(office.townCode())) {
                report(reports.find(round.id(), office.townCode()).orElseThrow(), round);
            }
        }
        for (JusticeOffice office : offices) {
            int expected = List.of(WANGWU, XIAYE).contains(office.townCode()) ? 0 : 1;
            assertThat(mails(round, "dangwei-" + office.townCode() + "@jiyuan.example"))
                    .as(office.name() + "'s party committee").hasSize(expected);
        }
        assertThat(mails(round, "jicengke@jiyuan.example")).hasSize(14);

        // the due time passes: the two silent offices are reminded
        ClockUtil.setCurrentTime(Date.from(round.dueAt().toInstant().plusSeconds(60)));
        runDueJobs("monthly-report");
        for (String town : List.of(WANGWU, XIAYE)) {
            MonthlyReport silent = reports.find(round.id(), town).orElseThrow();
            assertThat(silent.remindedAt()).isNotNull();
            Task late = task(silent, "holdMeeting");
            assertThat(late.getPriority()).isEqualTo(80);
            assertThat(tasks.getTaskComments(late.getId())).extracting(c -> c.getFullMessage())
                    .contains("月报已逾期，请尽快召开例会并报送");
        }
        assertThat(reports.find(round.id(), KEJING).orElseThrow().remindedAt()).isNull();

        // the supervision time: the grassroots section supervises them and gets the city's roll-up naming them
        ClockUtil.setCurrentTime(Date.from(round.supervisionAt().toInstant().plusSeconds(60)));
        runDueJobs("monthly-report");
        runDueJobs("monthly-schedule");
        List<Task> supervision = tasks.createTaskQuery().processDefinitionKey("monthly-report")
                .taskDefinitionKey("supervise").taskCandidateGroup("grassroots-section").list();
        assertThat(supervision).extracting(Task::getTenantId).containsExactlyInAnyOrder(WANGWU, XIAYE);
        Task rollup = tasks.createTaskQuery().processInstanceId(round.processInstanceId()).taskDefinitionKey("rollUp")
                .singleResult();
        assertThat(taskIdsOf("zhaojiceng")).contains(rollup.getId(), supervision.get(0).getId());
        // the roll-up as produced at the supervision time, kept with the month (not in the task)
        String rollupText = formVariable(rollup.getId(), "rollup", "zhaojiceng");
        assertThat(rollupText).contains("应报 16 个司法所，已报 14 个，未报 2 个", "未按时报送：王屋镇（待召开例会）、下冶镇（待召开例会）",
                "克井镇：", "签发人 李建华（克井司法所所长）");
        assertThat(tasks.getVariables(rollup.getId())).doesNotContainKey("rollup");

        // 王屋 reports late: its supervision is withdrawn, 下冶's stays
        report(reports.find(round.id(), WANGWU).orElseThrow(), round);
        assertThat(tasks.createTaskQuery().processDefinitionKey("monthly-report").taskDefinitionKey("supervise").list())
                .extracting(Task::getTenantId).containsExactly(XIAYE);
        assertThat(mails(round, "dangwei-" + WANGWU + "@jiyuan.example")).hasSize(1);
        // the roll-up opened now still shows the month as it stood at the deadline: 王屋 was late
        assertThat(formVariable(rollup.getId(), "rollup", "zhaojiceng")).isEqualTo(rollupText);

        EngineUser.login(identity, "zhaojiceng");
        try {
            tasks.complete(rollup.getId(), Map.of("rollupOpinion", "全市月报基本按时报送，督促下冶司法所尽快报送"));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(reports.findRound(round.id()).orElseThrow().rolledUpAt()).isNotNull();

        // the month through the API: the city for the grassroots section, the own town for a justice office
        JsonNode month = getJson("/api/monthly-reports?period=" + round.month(), "zhaojiceng", 200);
        assertThat(month.get("expected").asLong()).isEqualTo(16);
        assertThat(month.get("reported").asLong()).isEqualTo(15);
        JsonNode xiaye = byTown(month, XIAYE);
        assertThat(xiaye.get("statusLabel").asText()).isEqualTo("待召开例会");
        assertThat(xiaye.get("late").asBoolean()).isTrue();
        assertThat(xiaye.get("supervisedAt").isNull()).isFalse();
        assertThat(byTown(month, WANGWU).get("late").asBoolean()).isTrue();
        assertThat(month.get("rollupProducedAt").isNull()).isFalse();
        assertThat(month.get("lateAtRollup")).extracting(JsonNode::asText).containsExactly("王屋镇", "下冶镇");
        JsonNode own = getJson("/api/monthly-reports?period=" + round.month(), "chensiyuan", 200);
        assertThat(own.get("reports")).hasSize(1);
        assertThat(own.get("reports").get(0).get("townCode").asText()).isEqualTo(KEJING);
        assertThat(own.get("reports").get(0).get("late").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void anotherTownsOfficeNeitherSeesNorWorksTheMonthlyWorkAndNoUserStartsIt() throws Exception {
        MonthlyRound round = theMonth();
        MonthlyReport xiaye = reports.find(round.id(), XIAYE).orElseThrow();
        MonthlyReport kejing = reports.find(round.id(), KEJING).orElseThrow();
        Task meeting = task(xiaye, "holdMeeting");
        // each office fills in the form as for its own town (its own staff attending): the task is still not theirs
        Map<String, String> ownStaff = Map.of("chensiyuan", "P0020", "caogang", "P0110", "zhangli", "P0020");
        for (String user : List.of("chensiyuan", "caogang", "zhangli")) {
            assertThat(http.get("/engine-rest/task/" + meeting.getId(), user, "demo").statusCode()).as(user)
                    .isEqualTo(404);
            HttpResponse<String> refused = post("/engine-rest/task/" + meeting.getId() + "/complete", user,
                    meetingForm(round.to(), List.of(ownStaff.get(user)), null, null));
            // a mediator has no such person to pick (400 naming 参会人员); the offices find no such task
            assertThat(refused.statusCode()).as(user + " " + refused.body()).isIn(user.equals("zhangli") ? 400 : 404, 403);
            assertThat(refused.body()).doesNotContain("ENGINE-", "org.camunda");
            assertThat(http.get("/engine-rest/process-instance/" + xiaye.processInstanceId() + "/variables", user, "demo")
                    .statusCode()).as(user).isIn(403, 404);
        }
        assertThat(task(xiaye, "holdMeeting")).isNotNull();
        // the report itself: the town's office and the city only
        assertThat(getBytes("/api/monthly-reports/" + kejing.id() + "/pdf", "caogang").statusCode()).isEqualTo(403);
        assertThat(getBytes("/api/monthly-reports/" + kejing.id() + "/pdf", "zhangli").statusCode()).isEqualTo(403);
        assertThat(getBytes("/api/monthly-reports/" + kejing.id() + "/pdf", "zhaojiceng").statusCode()).isEqualTo(200);
        JsonNode refused = getJson("/api/monthly-reports?period=" + round.month(), "zhangli", 403);
        assertThat(refused.get("detail").asText()).contains("月报仅供");
        assertThat(getJson("/api/monthly-reports?period=" + round.month(), "caogang", 200).get("reports"))
                .extracting(r -> r.get("townCode").asText()).containsExactly(QINYUAN);
        // only the platform starts the monthly processes: not even an administrator
        for (String key : List.of("monthly-schedule", "monthly-report")) {
            for (String user : List.of("admin", "zhaojiceng", "chensiyuan")) {
                HttpResponse<String> start = http.post("/engine-rest/process-definition/key/" + key + "/start",
                        user, user.equals("admin") ? "admin-secret" : "demo",
                        "{\"variables\":{\"townCode\":{\"value\":\"" + KEJING + "\"}}}");
                assertThat(start.statusCode()).as(user + " starts " + key).isIn(403, 404);
            }
        }
        // nor may anyone send the month's messages by hand
        HttpResponse<String> message = http.post("/engine-rest/message", "admin", "admin-secret",
                "{\"messageName\":\"monthlyReportsAllIn\",\"processInstanceId\":\"" + round.processInstanceId() + "\"}");
        assertThat(message.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void aMeetingFormThatCannotBeAcceptedIsRefusedInChineseNamingTheFieldAndNothingIsWritten() throws Exception {
        MonthlyRound round = theMonth();
        MonthlyReport xiaye = reports.find(round.id(), XIAYE).orElseThrow();
        Task meeting = task(xiaye, "holdMeeting");
        ClockUtil.setCurrentTime(Date.from(round.to().atTime(12, 0).atZone(cn.jiyuan.mediation.cases.CaseTime.ZONE)
                .toInstant()));
        String xiayeAttendee = people.of(XIAYE).keySet().iterator().next();

        // an attendee of another town
        HttpResponse<String> refused = post("/engine-rest/task/" + meeting.getId() + "/complete", "admin",
                meetingForm(round.to(), List.of("P0010"), null, null));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("参会人员").doesNotContain("Exception", "ENGINE-");
        // a meeting after today
        refused = post("/engine-rest/task/" + meeting.getId() + "/complete", "admin",
                meetingForm(round.to().plusDays(1), List.of(xiayeAttendee), null, null));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("会议日期不能晚于今天");
        // a follow-up owner of another town
        refused = post("/engine-rest/task/" + meeting.getId() + "/complete", "admin",
                meetingForm(round.to(), List.of(xiayeAttendee), "chensiyuan", round.to().plusDays(5)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("责任人");

        MonthlyReport unchanged = reports.find(xiaye.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(ReportStatus.OPEN);
        assertThat(unchanged.meetingDate()).isNull();
        assertThat(reports.attendees(xiaye.id())).isEmpty();
        assertThat(reports.followUps(xiaye.id())).isEmpty();
        assertThat(task(xiaye, "holdMeeting").getId()).isEqualTo(meeting.getId());
        assertThat(runtime.getVariables(xiaye.processInstanceId())).doesNotContainKeys("minutes", "attendees");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * The month the monthly timer opens: its job is run with the engine clock at its due time (once per database; a
     * later test finds the month open), then the schedule's jobs start the offices' processes. The clock stays at the
     * opening (the meeting's day) until the test ends.
     */
    MonthlyRound openMonthByItsTimer() {
        Job timer = management.createJobQuery().processDefinitionKey("monthly-schedule").timers()
                .activityId("everyMonth").singleResult();
        Instant opening = timer.getDuedate().toInstant().plusSeconds(1);
        ClockUtil.setCurrentTime(Date.from(opening));
        YearMonth month = YearMonth.from(opening.atZone(cn.jiyuan.mediation.cases.CaseTime.ZONE));
        if (reports.findRound(month).isEmpty()) {
            management.executeJob(timer.getId());
            ProcessInstance schedule = runtime.createProcessInstanceQuery().processDefinitionKey("monthly-schedule")
                    .active().list().stream().filter(p -> management.createJobQuery().processInstanceId(p.getId())
                            .count() > 0).findFirst().orElseThrow();
            for (Job job : management.createJobQuery().processInstanceId(schedule.getId()).executable().list()) {
                management.executeJob(job.getId());
            }
        }
        return reports.findRound(month).orElseThrow();
    }

    /** The month the first test ran (the latest opened), or the timer's month when this test runs alone. */
    MonthlyRound theMonth() {
        return reports.rounds(1).stream().findFirst().orElseGet(this::openMonthByItsTimer);
    }

    /** An office reports in full as the platform's users would (in-process: no guard, no user). */
    private void report(MonthlyReport report, MonthlyRound round) {
        String attendee = people.of(report.townCode()).keySet().iterator().next();
        tasks.complete(task(report, "holdMeeting").getId(), Map.of("meetingDate", round.to().toString(),
                "attendees", List.of(attendee), "minutes", "通报本月矛盾纠纷排查化解情况", "decisions", "继续做好排查"));
        runJobsOf(report);
        tasks.complete(task(report, "signOff").getId(), Map.of("reviewDecision", "APPROVE"));
        runJobsOf(report);
        assertThat(reports.find(report.id()).orElseThrow().status()).as(report.townName()).isEqualTo(ReportStatus.REPORTED);
    }

    private String meetingForm(LocalDate date, List<String> attendees, String owner, LocalDate due) throws IOException {
        ObjectNode body = json.createObjectNode();
        ObjectNode v = body.putObject("variables");
        v.putObject("meetingDate").put("value", date.toString());
        v.putObject("meetingPlace").put("value", "克井司法所会议室");
        v.putObject("attendees").put("value", json.writeValueAsString(attendees)).put("type", "Json");
        v.putObject("minutes").put("value", "通报本月纠纷情况，东许村宅基地纠纷多发，交流化解经验。");
        v.putObject("decisions").put("value", "加强宅基地纠纷排查，每周报告进展。");
        List<Map<String, String>> items = new ArrayList<>();
        if (owner != null) {
            items.add(Map.of("item", "对东许村宅基地纠纷开展回访", "owner", owner, "dueDate", due.toString()));
        }
        v.putObject("followUps").put("value", json.writeValueAsString(items)).put("type", "Json");
        return body.toString();
    }

    private Task task(MonthlyReport report, String key) {
        return tasks.createTaskQuery().processInstanceId(report.processInstanceId()).taskDefinitionKey(key)
                .singleResult();
    }

    /** Runs the jobs of the report's process that are due now, until none is left. */
    private void runJobsOf(MonthlyReport report) {
        for (int i = 0; i < 20; i++) {
            List<Job> due = management.createJobQuery().processInstanceId(report.processInstanceId()).executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    /** Runs the due jobs of one process (never the other tests' leftovers). */
    private void runDueJobs(String processKey) {
        for (int i = 0; i < 20; i++) {
            List<Job> due = management.createJobQuery().processDefinitionKey(processKey).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private List<String> taskIdsOf(String user) throws IOException {
        JsonNode list = getJson("/engine-rest/task?processDefinitionKey=monthly-report&maxResults=500", user, 200);
        List<String> ids = new ArrayList<>();
        list.forEach(t -> ids.add(t.get("id").asText()));
        JsonNode schedule = getJson("/engine-rest/task?processDefinitionKey=monthly-schedule", user, 200);
        schedule.forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    /** A task's form variable as the user's form reads it ({@code …/form-variables}). */
    private String formVariable(String taskId, String name, String user) throws IOException {
        return getJson("/engine-rest/task/" + taskId + "/form-variables?variableNames=" + name, user, 200)
                .path(name).path("value").asText(null);
    }

    /**
     * The user finds the task neither in /engine-rest nor in Tasklist's API (list, task, form, history) and can
     * complete it through neither.
     */
    private void assertNeitherSeesNorCompletes(String user, String taskId) throws IOException {
        String approve = "{\"variables\":{\"reviewDecision\":{\"value\":\"APPROVE\"}}}";
        assertThat(taskIdsOf(user)).as(user).doesNotContain(taskId);
        assertThat(http.get("/engine-rest/task/" + taskId, user, "demo").statusCode()).as(user).isEqualTo(404);
        assertThat(getJson("/engine-rest/history/task?taskId=" + taskId, user, 200)).as(user).isEmpty();
        HttpResponse<String> refused = post("/engine-rest/task/" + taskId + "/complete", user, approve);
        assertThat(refused.statusCode()).as(user + " " + refused.body()).isIn(403, 404);
        assertThat(refused.body()).doesNotContain("ENGINE-", "org.camunda");
        WebappSession tasklist = WebappSession.login(http, "tasklist", user, "demo");
        assertThat(tasklist.loggedIn()).isTrue();
        JsonNode list = json.readTree(tasklist.get(WebappSession.engine("task?processDefinitionKey=monthly-report"))
                .body());
        assertThat(list).extracting(t -> t.get("id").asText()).as(user).doesNotContain(taskId);
        assertThat(tasklist.get(WebappSession.engine("task/" + taskId)).statusCode()).as(user).isEqualTo(404);
        assertThat(tasklist.get(WebappSession.engine("task/" + taskId + "/form-variables")).statusCode()).as(user)
                .isIn(403, 404);
        HttpResponse<String> submitted = tasklist.post(WebappSession.engine("task/" + taskId + "/submit-form"), approve);
        assertThat(submitted.statusCode()).as(user + " " + submitted.body()).isIn(403, 404);
        assertThat(tasklist.post(WebappSession.engine("task/" + taskId + "/claim"), "{\"userId\":\"" + user + "\"}")
                .statusCode()).as(user).isIn(403, 404);
    }

    /** The month's report e-mails a mailbox received (To or Cc). */
    private static List<MimeMessage> mails(MonthlyRound round, String mailbox) {
        return SmtpServer.inbox(mailbox).stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().startsWith(SUBJECT) && m.getSubject().endsWith(round.label());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of an e-mail part, looked for inside nested multiparts. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return part.isMimeType("text/plain") ? content.toString() : "";
    }

    private static long count(List<cn.jiyuan.mediation.statistics.Figure> figures, String code) {
        return figures.stream().filter(f -> f.code().equals(code)).mapToLong(cn.jiyuan.mediation.statistics.Figure::count)
                .sum();
    }

    private static JsonNode byTown(JsonNode month, String town) {
        for (JsonNode r : month.get("reports")) {
            if (r.get("townCode").asText().equals(town)) {
                return r;
            }
        }
        throw new AssertionError("no report of " + town);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return http.post(path, user, user.equals("admin") ? "admin-secret" : "demo", body);
    }

    private HttpResponse<byte[]> getBytes(String path, String user) throws IOException {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.url(path)))
                    .header("Authorization", Http.basic(user, "demo")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private JsonNode getJson(String path, String user, int status) throws IOException {
        HttpResponse<String> r = http.get(path, user, user.equals("admin") ? "admin-secret" : "demo");
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }
}
