package cn.jiyuan.mediation.semiannual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.screening.ScreeningEngine;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpPlatformTest;
import cn.jiyuan.mediation.support.SmtpServer;
import cn.jiyuan.mediation.support.WebappSession;
import jakarta.mail.internet.MimeMessage;

/**
 * A simulated half-year of semi-annual summaries on the demo organization (16 justice offices, 5 industry
 * committees), driven by the engine's clock through the real timer jobs: the timer issues the tasks on 1 May, one
 * office submits with an attachment (listed, uploaded and removed also with the Tasklist login, as the task form
 * does), the reminders come 7 and 2 days before — on the task and by e-mail to the unit, received by a real SMTP
 * server once each —, the due date passes, the grassroots
 * section gets the roll-up task and sees who is late, the roll-up PDF names them; and every access rule called by
 * the wrong user, over the project's API and /engine-rest. Each test uses a half-year of its own (2030).
 */
@DemoPlatformTest
public abstract class SemiannualTestBase extends SmtpPlatformTest {

    static final String KEJING = "JO419001100";
    static final String QINYUAN = "JO419001001";
    static final String QINYUAN_OFFICE = "justice-office-419001001";
    static final String TEXT = "一、基本情况\n本所指导辖区调委会开展矛盾纠纷排查化解，上半年受理纠纷均依法调处。\n"
            + "二、主要做法和成效\n坚持每月排查、每周走访，重点化解婚姻家庭和邻里纠纷，调解成功率稳步提高。";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.4\n% 工作照片说明\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    SemiannualRepository repository;
    @Autowired
    SummaryReminderMailer mailer;
    @LocalServerPort
    int port;

    Http http;
    ManagementService management;

    @BeforeEach
    void setUp() {
        SmtpServer.start();
        http = new Http(port);
        management = engine.getManagementService();
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        ScreeningEngine.resetClock();
    }

    @Test
    void aSimulatedHalfYearShowsTheGrassrootsSectionWhoIsLate() throws IOException {
        // the other database's run of this test (same JVM, same SMTP server) mailed the same subjects
        SmtpServer.purge();
        // 1 May 2030, 08:00 in Jiyuan: the engine fires the round's timer
        ScreeningEngine.clockAt(LocalDateTime.of(2030, 5, 1, 8, 0));
        Job timer = management.createJobQuery().processDefinitionKey(SemiannualVariables.ROUND_PROCESS).timers().list()
                .stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
        management.executeJob(timer.getId());
        SemiannualRepository.Round round = repository.findRound("2030-H1").orElseThrow();
        assertThat(round.title()).isEqualTo("2030年上半年");
        assertThat(round.figuresFrom()).hasToString("2029-11-01");
        assertThat(round.figuresTo()).hasToString("2030-04-30");
        List<SemiannualRepository.Summary> summaries = repository.findSummaries(round.id());
        assertThat(summaries).hasSize(21);
        assertThat(summaries).filteredOn(s -> s.unitKind() == UnitKind.INDUSTRY_COMMITTEE).hasSize(5);
        assertThat(summaries).allSatisfy(s -> assertThat(s.figuresText()).startsWith("2029年11月1日至2030年4月30日：受理矛盾纠纷"));

        Task kejing = task(round, KEJING);
        assertThat(kejing.getName()).isEqualTo("半年工作总结");
        assertThat(kejing.getTenantId()).as("a justice office's summary is in its town's tenant").isEqualTo("419001100");
        assertThat(task(round, QINYUAN).getTenantId()).isEqualTo("419001001");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("committee-IC-MEDICAL")
                .processInstanceId(summaryOf(round, "IC-MEDICAL").processInstanceId()).count()).isEqualTo(1);
        String figures = (String) engine.getRuntimeService().getVariable(kejing.getProcessInstanceId(), "figuresText");
        assertThat((String) engine.getRuntimeService().getVariable(kejing.getProcessInstanceId(), "summaryText"))
                .startsWith("一、基本情况\n" + figures);
        long kejingSummary = summaryOf(round, KEJING).id();

        // 克井司法所 attaches a file; only PDF, Word, Excel and pictures that are what they say, and only its own
        assertThat(upload("chensiyuan", kejingSummary, "工作照片说明.pdf", PDF).statusCode()).isEqualTo(201);
        HttpResponse<String> renamed = upload("chensiyuan", kejingSummary, "总结.pdf", "MZ\u0090binary".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("\"file\"").contains("文件内容与扩展名不符");
        assertThat(upload("chensiyuan", kejingSummary, "run.exe", PDF).body()).contains("只能上传 PDF");
        assertThat(upload("caogang", kejingSummary, "别人的.pdf", PDF).statusCode()).isEqualTo(403);
        attachmentsAsTheTaskFormHandlesThem(kejingSummary);

        // a too short text is refused through /engine-rest, naming the field, and the task stays open
        HttpResponse<String> tooShort = http.send(HttpRequest.newBuilder(URI.create(http.url("/engine-rest/task/"
                        + kejing.getId() + "/complete"))).header("Content-Type", "application/json")
                .header("Authorization", Http.basic("chensiyuan", "demo"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"summaryText\":{\"value\":\"太短\"}}}")).build());
        assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
        assertThat(tooShort.body()).contains("工作总结");

        ScreeningEngine.clockAt(LocalDateTime.of(2030, 5, 20, 10, 0));
        submit("chensiyuan", round, KEJING, TEXT);

        // reminders 7 and 2 days before 30 May, at 09:00: on the task, and by e-mail to the unit once each
        ScreeningEngine.clockAt(LocalDateTime.of(2030, 5, 23, 9, 1));
        executeJobs();
        Task qinyuan = task(round, QINYUAN);
        assertThat(tasks.getTaskComments(qinyuan.getId())).extracting(c -> c.getFullMessage())
                .containsExactly("距半年工作总结报送截止还有7天，请按时报送");
        List<MimeMessage> toQinyuan = reminders("sfs-419001001@jiyuan.example");
        assertThat(toQinyuan).hasSize(1);
        assertThat(SmtpServer.subject(toQinyuan.get(0)))
                .isEqualTo("【半年工作总结提醒】沁园司法所 2030年上半年工作总结距报送截止还有7天");
        assertThat(SmtpServer.body(toQinyuan.get(0))).contains("沁园司法所：", "2030年5月30日前报送市局基层科", "还有7天",
                "/camunda/app/tasklist/default/").doesNotContain("${", "null");
        assertThat(SmtpServer.messageId(toQinyuan.get(0))).startsWith("<semiannual-reminder-" + summaryOf(round, QINYUAN).id()
                + "-7.");
        // an industry committee has no mailbox of its own: its director (周医宁) is reminded
        assertThat(reminders("zhouyining@jiyuan.example")).hasSize(1);
        // 克井 submitted on 20 May: no reminder on a task that is done, and no e-mail
        assertThat(reminders("sfs-419001100@jiyuan.example")).isEmpty();
        // the job run again (a retry after the e-mail went out) sends nothing
        assertThat(mailer.send(summaryOf(round, QINYUAN).id(), 7, summaryOf(round, QINYUAN).processInstanceId()))
                .isFalse();
        assertThat(reminders("sfs-419001001@jiyuan.example")).hasSize(1);
        // and a summary handed in meanwhile is not reminded at all
        assertThat(mailer.send(kejingSummary, 2, summaryOf(round, KEJING).processInstanceId())).isFalse();

        ScreeningEngine.clockAt(LocalDateTime.of(2030, 5, 28, 9, 1));
        executeJobs();
        assertThat(tasks.getTaskComments(qinyuan.getId())).hasSize(2);
        assertThat(summaryOf(round, QINYUAN).remindedAt()).isNotNull();
        assertThat(reminders("sfs-419001001@jiyuan.example")).extracting(SmtpServer::subject)
                .containsExactlyInAnyOrder("【半年工作总结提醒】沁园司法所 2030年上半年工作总结距报送截止还有7天",
                        "【半年工作总结提醒】沁园司法所 2030年上半年工作总结距报送截止还有2天");
        assertThat(reminders("zhouyining@jiyuan.example")).hasSize(2);
        assertThat(reminders("sfs-419001100@jiyuan.example")).isEmpty();
        // 21 units, 20 of them open: 20 reminders each time, no more
        assertThat(SmtpServer.received().stream().filter(m -> SmtpServer.subject(m).startsWith("【半年工作总结提醒】")
                && SmtpServer.subject(m).contains("2030年上半年"))).hasSize(40);

        // before the due date: not yet late
        JsonNode before = json(http.get("/api/semiannual/overview?period=2030-H1", "zhaojiceng", "demo"));
        assertThat(before.path("submitted").asInt()).isEqualTo(1);
        assertThat(before.path("overdue").asInt()).isZero();

        // the end of 30 May passes: the tasks left are marked, the grassroots section gets the roll-up task
        ScreeningEngine.clockAt(LocalDateTime.of(2030, 5, 31, 8, 0));
        executeJobs();
        assertThat(tasks.createTaskQuery().taskId(task(round, QINYUAN).getId()).singleResult().getPriority()).isEqualTo(90);
        Task rollupTask = tasks.createTaskQuery().processDefinitionKey(SemiannualVariables.ROUND_PROCESS)
                .processInstanceId(round.processInstanceId()).singleResult();
        assertThat(rollupTask.getName()).isEqualTo("半年工作总结汇总");
        assertThat(tasks.createTaskQuery().taskId(rollupTask.getId()).taskCandidateGroup("grassroots-section").count())
                .isEqualTo(1);
        assertThat((String) tasks.getVariableLocal(rollupTask.getId(), SemiannualVariables.OVERVIEW_TEXT))
                .contains("应报21个单位，已报送1个（其中逾期报送0个），未报送20个").contains("逾期未报：沁园司法所");

        // 沁园司法所 hands in late
        ScreeningEngine.clockAt(LocalDateTime.of(2030, 6, 2, 9, 0));
        submit("caogang", round, QINYUAN, TEXT);

        JsonNode overview = json(http.get("/api/semiannual/overview?period=2030-H1", "zhaojiceng", "demo"));
        assertThat(overview.path("periodCode").asText()).isEqualTo("2030-H1");
        assertThat(overview.path("expected").asInt()).isEqualTo(21);
        assertThat(overview.path("submitted").asInt()).isEqualTo(2);
        assertThat(overview.path("late").asInt()).isEqualTo(1);
        assertThat(overview.path("overdue").asInt()).isEqualTo(19);
        assertThat(unit(overview, "JO419001100").path("statusLabel").asText()).isEqualTo("按时报送");
        assertThat(unit(overview, "JO419001100").path("attachments").asInt()).isEqualTo(1);
        assertThat(unit(overview, "JO419001001").path("statusLabel").asText()).isEqualTo("逾期报送");
        assertThat(unit(overview, "IC-MEDICAL").path("statusLabel").asText()).isEqualTo("逾期未报");

        // the roll-up document: rendered, its text extracted and checked
        HttpResponse<byte[]> pdf = bytes("/api/semiannual/rounds/2030-H1/rollup", "zhaojiceng");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
            assertThat(text).containsSubsequence("2030年上半年人民调解工作总结汇总", "一、全市基本情况",
                    "2029年11月1日至2030年4月30日：受理矛盾纠纷", "二、报送情况",
                    "应报送21个单位，已报送2个（其中逾期报送1个），未报送19个（其中逾期未报19个）",
                    "三、各单位工作总结", "克井司法所", "2030年5月20日10:00", "本所指导辖区调委会开展矛盾纠纷排查化解",
                    "附件：工作照片说明.pdf");
            assertThat(text).contains("沁园司法所").contains("逾期报送").contains("济源示范区医疗纠纷人民调解委员会行业性专业性调委会逾期未报");
        }

        // who may read what
        JsonNode own = json(http.get("/api/semiannual/overview?period=2030-H1", "caogang", "demo"));
        assertThat(own.path("units")).hasSize(1);
        assertThat(own.path("units").get(0).path("unitCode").asText()).isEqualTo("JO419001001");
        assertThat(json(http.get("/api/semiannual/overview?period=2030-H1", "zhouyining", "demo")).path("units"))
                .singleElement().satisfies(u -> assertThat(u.path("unitCode").asText()).isEqualTo("IC-MEDICAL"));
        assertThat(json(http.get("/api/semiannual/overview?period=2030-H1", "admin", "admin-secret")).path("units"))
                .hasSize(21);
        assertThat(http.get("/api/semiannual/overview?period=2030-H1", "zhangli", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/semiannual/overview?period=2030-H3", "zhaojiceng", "demo").body())
                .contains("period").contains("2027-H1");
        assertThat(bytes("/api/semiannual/rounds/2030-H1/rollup", "chensiyuan").statusCode()).isEqualTo(403);
        assertThat(bytes("/api/semiannual/rounds/2030-H1/rollup", "admin").statusCode()).isEqualTo(403);

        JsonNode summary = json(http.get("/api/semiannual/summaries/" + kejingSummary, "zhaojiceng", "demo"));
        assertThat(summary.path("summaryText").asText()).isEqualTo(TEXT);
        assertThat(summary.path("submittedBy").asText()).isEqualTo("chensiyuan");
        String href = summary.path("attachments").get(0).path("href").asText();
        HttpResponse<byte[]> file = bytes(href, "zhaojiceng");
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(bytes(href, "chensiyuan").statusCode()).isEqualTo(200);
        for (String stranger : List.of("caogang", "zhangli", "admin")) {
            assertThat(bytes(href, stranger).statusCode()).as(stranger).isEqualTo(403);
            assertThat(bytes("/api/semiannual/summaries/" + kejingSummary, stranger).statusCode()).as(stranger).isEqualTo(403);
        }
        assertThat(upload("chensiyuan", kejingSummary, "补充.pdf", PDF).body()).contains("总结已报送");
        String attachmentsOfKejing = "/api/semiannual/summaries/" + kejingSummary + "/attachments";
        assertThat(json(http.get(attachmentsOfKejing, "chensiyuan", "demo")).path("mayChange").asBoolean()).isFalse();
        HttpResponse<String> late = delete(attachmentsOfKejing + "/" + summary.path("attachments").get(0).path("id")
                .asLong(), "chensiyuan");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("总结已报送，附件不能再删除");

        // over /engine-rest: another office's summary task is not there, the processes cannot be started by hand
        JsonNode caogangTasks = JSON.readTree(http.get("/engine-rest/task?processDefinitionKey=semiannual-summary",
                "caogang", "demo").body());
        assertThat(caogangTasks).allSatisfy(t -> assertThat(t.path("tenantId").asText()).isEqualTo("419001001"));
        String wulongkou = summaryOf(round, "JO419001101").processInstanceId();
        assertThat(JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + wulongkou, "caogang", "demo").body()))
                .isEmpty();
        assertThat(http.get("/engine-rest/process-instance/" + wulongkou + "/variables", "caogang", "demo").statusCode())
                .isNotEqualTo(200);
        assertThat(JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + wulongkou, "zhouyining", "demo")
                .body())).isEmpty();
        JsonNode kejingView = JSON.readTree(http.get("/engine-rest/task?processDefinitionKey=semiannual-summary"
                + "&candidateGroup=" + QINYUAN_OFFICE, "chensiyuan", "demo").body());
        assertThat(kejingView).isEmpty();
        for (String key : List.of("semiannual-round", "semiannual-summary")) {
            HttpResponse<String> start = http.post("/engine-rest/process-definition/key/" + key + "/start", "zhaojiceng",
                    "demo", "{}");
            assertThat(start.statusCode()).as(key).isEqualTo(403);
        }

        identity.clearAuthentication();
        tasks.complete(rollupTask.getId());
    }

    @Test
    void theGrassrootsSectionIssuesAHalfYearAheadOnceAndNobodyElseCan() {
        ScreeningEngine.clockAt(LocalDateTime.of(2030, 9, 1, 10, 0));
        assertThat(http.post("/api/semiannual/rounds", "chensiyuan", "demo", "").statusCode()).isEqualTo(403);
        assertThat(http.post("/api/semiannual/rounds", "admin", "admin-secret", "").statusCode()).isEqualTo(403);

        HttpResponse<String> issued = http.post("/api/semiannual/rounds", "zhaojiceng", "demo", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode overview = json(issued);
        assertThat(overview.path("periodCode").asText()).isEqualTo("2030-H2");
        assertThat(overview.path("expected").asInt()).isEqualTo(21);
        assertThat(overview.path("notSubmitted").asInt()).isEqualTo(21);
        SemiannualRepository.Round round = repository.findRound("2030-H2").orElseThrow();
        assertThat(round.issuedBy()).isEqualTo("zhaojiceng");
        assertThat(round.figuresTo()).as("issued ahead: the figures up to today").hasToString("2030-09-01");

        HttpResponse<String> again = http.post("/api/semiannual/rounds", "zhaojiceng", "demo", "");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(repository.findSummaries(round.id())).hasSize(21);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SemiannualVariables.SUMMARY_PROCESS).processInstanceBusinessKeyLike("%")
                .list().stream().filter(p -> repository.findSummary(Long.parseLong(p.getBusinessKey()))
                        .map(s -> s.roundId() == round.id()).orElse(false)).count()).isEqualTo(21);
    }

    /**
     * The Tasklist form's calls of the attachment API with the Tasklist login (and Basic, as any client): the list, an
     * upload and a removal by the office; refused without the page's CSRF token, from another site, by another office;
     * the grassroots section reads the list but may not change it.
     */
    private void attachmentsAsTheTaskFormHandlesThem(long summaryId) throws IOException {
        String list = "/api/semiannual/summaries/" + summaryId + "/attachments";
        JsonNode own = json(http.get(list, "chensiyuan", "demo"));
        assertThat(own.path("mayChange").asBoolean()).isTrue();
        assertThat(own.path("attachments")).singleElement().satisfies(a -> {
            assertThat(a.path("fileName").asText()).isEqualTo("工作照片说明.pdf");
            assertThat(a.path("sizeBytes").asLong()).isEqualTo(PDF.length);
        });
        assertThat(json(http.get(list, "zhaojiceng", "demo")).path("mayChange").asBoolean()).isFalse();
        for (String stranger : List.of("caogang", "zhangli", "admin")) {
            assertThat(http.get(list, stranger, stranger.equals("admin") ? "admin-secret" : "demo").statusCode())
                    .as(stranger).isEqualTo(403);
        }

        WebappSession tasklist = WebappSession.login(http, "tasklist", "chensiyuan", "demo");
        HttpResponse<String> read = tasklist.fromScript("GET", list, null, null, false);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        String boundary = "tasklist-form";
        byte[] png = multipart(boundary, "会场照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        String type = "multipart/form-data; boundary=" + boundary;
        // without the Tasklist page's token, or sent from another site: refused, nothing stored
        HttpResponse<String> noToken = tasklist.fromScript("POST", list, type, png, false);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("无法确认请求来自待办任务页面");
        assertThat(tasklist.fromScript("POST", list, type, png, true, "Sec-Fetch-Site", "cross-site").statusCode())
                .isEqualTo(403);
        assertThat(repository.findAttachments(summaryId)).hasSize(1);
        // another office's Tasklist login: the summary is not theirs
        WebappSession other = WebappSession.login(http, "tasklist", "caogang", "demo");
        assertThat(other.fromScript("POST", list, type, png, true).statusCode()).isEqualTo(403);
        assertThat(other.fromScript("GET", list, null, null, false).statusCode()).isEqualTo(403);

        HttpResponse<String> uploaded = tasklist.fromScript("POST", list, type, png, true, "Sec-Fetch-Site", "same-origin");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long photo = JSON.readTree(uploaded.body()).path("id").asLong();
        assertThat(repository.findAttachments(summaryId)).extracting(SemiannualRepository.Attachment::fileName)
                .containsExactly("工作照片说明.pdf", "会场照片.png");
        assertThat(other.fromScript("DELETE", list + "/" + photo, null, null, true).statusCode()).isEqualTo(403);
        assertThat(delete(list + "/" + photo, "zhaojiceng").statusCode()).isEqualTo(403);
        assertThat(tasklist.fromScript("DELETE", list + "/" + photo, null, null, false).statusCode()).isEqualTo(403);
        assertThat(tasklist.fromScript("DELETE", list + "/" + photo, null, null, true).statusCode()).isEqualTo(204);
        assertThat(tasklist.fromScript("DELETE", list + "/" + photo, null, null, true).statusCode()).isEqualTo(404);
        assertThat(repository.findAttachments(summaryId)).extracting(SemiannualRepository.Attachment::fileName)
                .containsExactly("工作照片说明.pdf");
        // nothing of the files is in the process
        String pid = repository.findSummary(summaryId).orElseThrow().processInstanceId();
        assertThat(engine.getRuntimeService().getVariables(pid).values())
                .noneMatch(v -> v instanceof byte[] || String.valueOf(v).contains("会场照片"));
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    private HttpResponse<String> delete(String path, String user) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("Accept", "application/json")
                .header("Authorization", Http.basic(user, "demo")).DELETE().build());
    }

    /** The semi-annual reminders of 2030 a mailbox received. */
    private static List<MimeMessage> reminders(String mailbox) {
        return SmtpServer.inbox(mailbox).stream().filter(m -> SmtpServer.subject(m).startsWith("【半年工作总结提醒】")
                && SmtpServer.subject(m).contains("2030年上半年")).toList();
    }

    private void executeJobs() {
        ScreeningEngine jobs = new ScreeningEngine(engine, null, null);
        jobs.executeJobsOf(SemiannualVariables.SUMMARY_PROCESS);
        jobs.executeJobsOf(SemiannualVariables.ROUND_PROCESS);
    }

    /** The summary task of an office in a round. */
    private Task task(SemiannualRepository.Round round, String unitCode) {
        return tasks.createTaskQuery().processInstanceId(summaryOf(round, unitCode).processInstanceId()).singleResult();
    }

    private SemiannualRepository.Summary summaryOf(SemiannualRepository.Round round, String unitCode) {
        return repository.findSummaries(round.id()).stream().filter(s -> s.unitCode().equals(unitCode)).findFirst()
                .orElseThrow();
    }

    /** The office's user completes its task in Tasklist (which submits the form's fields as variables). */
    private void submit(String user, SemiannualRepository.Round round, String unitCode, String text) {
        Task task = task(round, unitCode);
        EngineUser.login(identity, user);
        try {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), Map.of("summaryText", text));
        } finally {
            identity.clearAuthentication();
        }
    }

    private HttpResponse<String> upload(String user, long summaryId, String fileName, byte[] content) {
        String boundary = "semiannual-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/semiannual/summaries/" + summaryId + "/attachments")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", Http.basic(user, "demo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpResponse<byte[]> bytes(String path, String user) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.url(path)))
                    .header("Authorization", Http.basic(user, user.equals("admin") ? "admin-secret" : "demo")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode unit(JsonNode overview, String unitCode) {
        for (JsonNode u : overview.path("units")) {
            if (u.path("unitCode").asText().equals(unitCode)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + unitCode);
    }
}
