package cn.jiyuan.mediation.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.WorkingDays;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * 掌上调解 through real HTTP calls against the whole platform with its demo data, without login, on the database the
 * subclass chooses: an application becomes a case like any intake (channel ONLINE, numbered, triaged, dispute-case
 * started) and reaches the committee's Tasklist as 联系网上申请人, due the next working day, escalated to the town's
 * justice office when missed; the contact and its appointment reach the applicant's status page; the checks (every
 * field named in Chinese), the proof of work, the merging of identical applications, the rate limits; a wrong phone
 * learns nothing; nothing of /api or /engine-rest is reachable from the public side. The Spring context is shared
 * with the other {@link DemoPlatformTest} classes: checks are relative to what is already there.
 */
@DemoPlatformTest
abstract class PublicApplicationsTestBase {

    static final String KEJING = PublicClient.KEJING;
    static final String DONGXU = PublicClient.DONGXU;
    static final String DONGXU_GROUP = "committee-VC419001100201";
    static final String QINYUAN_COMMUNITY = "419001001001";
    static final String PROBLEM_JSON = "application/problem+json";

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    FilterService filters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicLimits limits;

    @BeforeEach
    void freshLimits() {
        // the tests share one client address (and the context): each starts with no request counted
        limits.clear();
    }

    // ------------------------------------------------------------------------------------------ helpers

    PublicClient client() {
        return new PublicClient(port);
    }

    static String randomMobile() {
        return PublicClient.randomMobile();
    }

    ObjectNode application(String phone, String facts) {
        return client().application(phone, facts);
    }

    ObjectNode solved(ObjectNode body) {
        return client().solved(body);
    }

    static String solve(String challenge, int difficulty) {
        return PublicClient.solve(challenge, difficulty);
    }

    HttpResponse<String> apply(ObjectNode body) {
        return client().apply(body);
    }

    JsonNode applied(ObjectNode body) {
        return client().applied(body);
    }

    HttpResponse<String> status(String caseNumber, String phone) {
        return client().status(caseNumber, phone);
    }

    HttpResponse<String> get(String path) {
        return client().get(path);
    }

    URI uri(String path) {
        return client().uri(path);
    }

    HttpResponse<String> send(HttpRequest request) {
        return client().send(request);
    }

    JsonNode read(HttpResponse<String> response) {
        return client().read(response);
    }

    Map<String, Object> caseRow(String caseNumber) {
        return jdbc.queryForMap("select * from case_file where case_number = ?", caseNumber);
    }

    long caseId(String caseNumber) {
        return ((Number) caseRow(caseNumber).get("id")).longValue();
    }

    ProcessInstance calledInstance(String caseNumber) {
        ProcessInstance dispute = runtime.createProcessInstanceQuery().processDefinitionKey("dispute-case")
                .processInstanceBusinessKey(caseNumber).singleResult();
        return runtime.createProcessInstanceQuery().superProcessInstanceId(dispute.getId()).singleResult();
    }

    Task contactTask(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("contactApplicant")
                .singleResult();
    }

    HttpResponse<String> completeAs(String user, String taskId, String variables) {
        return new Http(port).post("/engine-rest/task/" + taskId + "/complete", user, "demo",
                "{\"variables\":" + variables + "}");
    }

    // ------------------------------------------------------------------------------------------ the application

    @Test
    void anApplicationBecomesACaseLikeAnyIntakeAndReachesTheCommitteesTasklist() {
        JsonNode options = read(get("/public/api/options"));
        assertThat(options.get("privacyNoticeVersion").asText()).isEqualTo(OnlineApplications.PRIVACY_NOTICE_VERSION);
        assertThat(options.get("categories").toString()).contains("\"code\":\"NEIGHBOR\"", "邻里纠纷", "院墙、排水");
        assertThat(options.get("categories").size()).isEqualTo(cn.jiyuan.mediation.cases.DisputeCategory.values().length);
        JsonNode kejing = null;
        for (JsonNode town : options.get("towns")) {
            if (town.get("code").asText().equals(KEJING)) {
                kejing = town;
            }
        }
        assertThat(kejing).isNotNull();
        assertThat(kejing.get("name").asText()).isEqualTo("克井镇");
        assertThat(kejing.get("villages").toString()).contains(DONGXU, "东许村");

        String phone = randomMobile();
        JsonNode answer = applied(application(phone, "两家院墙之间的排水沟堵塞，雨水流进我家院子，找对方几次都不管。"));

        String number = answer.get("caseNumber").asText();
        assertThat(number).matches("（" + CaseTime.today().getYear() + "）克井镇东许村调字第\\d+号");
        assertThat(answer.get("committeeName").asText()).isEqualTo("克井镇东许村人民调解委员会");
        assertThat(answer.get("merged").asBoolean()).isFalse();
        LocalDate callBy = WorkingDays.next(CaseTime.today());
        assertThat(answer.get("contactBy").asText())
                .isEqualTo(callBy.getYear() + "年" + callBy.getMonthValue() + "月" + callBy.getDayOfMonth() + "日");

        // registered like an intake: channel ONLINE, by no platform user, the parties in the case tables
        Map<String, Object> row = caseRow(number);
        assertThat(row.get("channel")).isEqualTo("ONLINE");
        assertThat(row.get("created_by")).isEqualTo("online:applicant");
        assertThat(row.get("status")).isEqualTo("REGISTERED");
        assertThat(row.get("risk_level")).isNotNull();
        assertThat((String) row.get("summary")).contains("排水沟堵塞", "申请人的请求：对方修好排水沟并赔偿两千元");
        long caseId = caseId(number);
        assertThat(jdbc.queryForList("select name || '|' || role || '|' || coalesce(phone, '') from case_party"
                + " where case_id = ? order by id", String.class, caseId)).containsExactly(
                "网申" + phone.substring(7) + "|APPLICANT|" + phone, "对方" + phone.substring(7) + "|RESPONDENT|0391-6612345");
        assertThat(jdbc.queryForObject("select privacy_notice_version from online_application where case_id = ?",
                String.class, caseId)).isEqualTo(OnlineApplications.PRIVACY_NOTICE_VERSION);

        // dispute-case waits for the call: 联系网上申请人, the committee's, due at the end of the next working day
        ProcessInstance called = calledInstance(number);
        assertThat(called.getProcessDefinitionId()).startsWith("online-application:");
        assertThat(called.getTenantId()).isEqualTo(KEJING);
        Task contact = contactTask(number);
        assertThat(contact.getName()).isEqualTo("联系网上申请人 " + number);
        assertThat(contact.getDueDate()).isEqualTo(CaseTime.endOf(callBy));
        assertThat(tasks.getIdentityLinksForTask(contact.getId()).stream().map(l -> l.getGroupId()).toList())
                .contains(DONGXU_GROUP);

        // no personal data in the engine: not in either instance's variables, nor in their history
        List<String> variables = new ArrayList<>();
        history.createHistoricVariableInstanceQuery().processInstanceIdIn(called.getId(),
                called.getRootProcessInstanceId()).list().forEach(v -> variables.add(v.getName() + "=" + v.getValue()));
        assertThat(String.join(";", variables)).doesNotContain(phone, "网申", "对方" + phone.substring(7), "排水沟")
                .contains("channel=ONLINE");

        // 我的案件 names who registered it in words
        HttpResponse<String> list = new Http(port).get("/api/cases?q=" + java.net.URLEncoder.encode(number,
                java.nio.charset.StandardCharsets.UTF_8), "zhangli", "demo");
        assertThat(list.body()).contains("\"registeredByName\":\"申请人本人（网上申请）\"");

        // in the committee's Tasklist filter (本调委会待办) of its mediator, with its card marked 网上申请 ...
        String filter = filters.createFilterQuery().filterName("本调委会待办").singleResult().getId();
        HttpResponse<String> zhangli = new Http(port).post("/engine-rest/filter/" + filter + "/list?maxResults=1000",
                "zhangli", "demo", "{}");
        assertThat(zhangli.statusCode()).isEqualTo(200);
        assertThat(zhangli.body()).contains(contact.getId(), "联系网上申请人 " + number);
        JsonNode cards = read(WebappSession.login(port, "tasklist", "zhangli", "demo")
                .get("/camunda/api/tasklist/plugin/task-cards/default/cards?taskId=" + contact.getId()));
        assertThat(cards.get(0).get("onlineApplication").asBoolean()).isTrue();
        assertThat(cards.get(0).get("parties").toString()).contains("申请人 网申" + phone.substring(7));
        // ... and in no other committee's
        HttpResponse<String> songyu = new Http(port).post("/engine-rest/filter/" + filter + "/list?maxResults=1000",
                "songyu", "demo", "{}");
        assertThat(songyu.body()).doesNotContain(contact.getId());
        assertThat(new Http(port).get("/engine-rest/task/" + contact.getId(), "songyu", "demo").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCallAndItsAppointmentReachTheApplicantsStatusPage() {
        String phone = randomMobile();
        String number = applied(application(phone, "邻居在我家门口堆放建筑垃圾，影响出行。")).get("caseNumber").asText();

        JsonNode before = read(status(number, phone));
        assertThat(before.get("stage").asText()).isEqualTo("已受理");
        assertThat(before.get("committeeName").asText()).isEqualTo("克井镇东许村人民调解委员会");
        assertThat(before.get("committeePhone").asText()).isEqualTo("0391-6100201");
        assertThat(before.has("nextAppointment")).isFalse();
        List<String> fields = new ArrayList<>();
        before.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("caseNumber", "stage", "explanation", "committeeName",
                "committeePhone");

        Task contact = contactTask(number);
        LocalDate day = CaseTime.today().plusDays(2);
        String form = "{\"contactResult\":{\"value\":\"REACHED\"},\"contactWay\":{\"value\":\"PHONE\"},"
                + "\"contactNotes\":{\"value\":\"已核实，申请人同意调解，对方答应到场\"},"
                + "\"appointmentDate\":{\"value\":\"" + day + "\"},\"appointmentTime\":{\"value\":\"09:30\"},"
                + "\"appointmentPlace\":{\"value\":\"东许村调委会调解室\"}}";
        // the form opens with the application at a glance for the committee, through Tasklist; for nobody else
        WebappSession zhangli = WebappSession.login(port, "tasklist", "zhangli", "demo");
        HttpResponse<String> opened = zhangli.get(WebappSession.engine("task/" + contact.getId() + "/form-variables"));
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(read(opened).get("applicationSummary").get("value").asText()).contains("申请人：网申" + phone.substring(7),
                "电话 " + phone, "堆放建筑垃圾", "请在一个工作日内");
        WebappSession songyu = WebappSession.login(port, "tasklist", "songyu", "demo");
        assertThat(songyu.get(WebappSession.engine("task/" + contact.getId() + "/form-variables")).statusCode())
                .isEqualTo(404);
        // a mediator of another committee cannot complete it, through Tasklist or /engine-rest; the committee's can
        assertThat(songyu.post(WebappSession.engine("task/" + contact.getId() + "/submit-form"), "{\"variables\":" + form
                + "}").statusCode()).isEqualTo(404);
        assertThat(completeAs("songyu", contact.getId(), form).statusCode()).isEqualTo(404);
        HttpResponse<String> done = completeAs("zhangli", contact.getId(), form);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("mediate").count())
                .as("then the mediation").isEqualTo(1);
        assertThat(jdbc.queryForList("select note from case_status_history where case_id = ?", String.class,
                caseId(number))).anyMatch(n -> n.startsWith("联系网上申请人（电话）：已与申请人取得联系；约定")
                && n.contains("东许村调委会调解室") && n.contains("已核实，申请人同意调解"));
        assertThat(history.createHistoricVariableInstanceQuery().variableName("contactNotes").list())
                .as("the notes left the engine").noneMatch(v -> String.valueOf(v.getValue()).contains("已核实"));

        JsonNode after = read(status(number, phone));
        assertThat(after.get("stage").asText()).isEqualTo("已受理");
        assertThat(after.get("explanation").asText()).contains("约定");
        assertThat(after.get("nextAppointment").get("at").asText())
                .isEqualTo(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日 09:30");
        assertThat(after.get("nextAppointment").get("place").asText()).isEqualTo("东许村调委会调解室");
        assertThat(after.toString()).doesNotContain("网申", "对方", phone, "堆放建筑垃圾", "已核实");

        // the audit names the public side as the way in, without the phone
        assertThat(jdbc.queryForList("select way_in || ' ' || action || ' ' || http_method || ' ' || path_text || ' '"
                + " || user_id || ' ' || status from audit_record where case_number = ? and way_in = 'PUBLIC' order by id",
                String.class, number)).containsExactly(
                "PUBLIC WRITE POST /public/api/applications online:applicant 201",
                "PUBLIC READ GET /public/api/applications/status online:applicant 200",
                "PUBLIC READ GET /public/api/applications/status online:applicant 200");
        HttpResponse<String> audit = new Http(port).get("/api/audit?caseRef=" + caseId(number) + "&wayIn=PUBLIC",
                "zhaojiceng", "demo");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("\"wayInName\":\"掌上调解\"").doesNotContain(phone);
    }

    @Test
    void aMissedCallIsSupervisedByTheTownsJusticeOffice() {
        String number = applied(application(randomMobile(), "承包地地界被邻居挪动。")).get("caseNumber").asText();
        ProcessInstance called = calledInstance(number);
        Job timer = management.createJobQuery().processInstanceId(called.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(CaseTime.endOf(WorkingDays.next(CaseTime.today())));

        management.executeJob(timer.getId());

        Task supervise = tasks.createTaskQuery().processInstanceId(called.getId()).taskDefinitionKey("superviseContact")
                .singleResult();
        assertThat(supervise.getName()).isEqualTo("督办联系网上申请人 " + number);
        assertThat(tasks.getIdentityLinksForTask(supervise.getId()).stream().map(l -> l.getGroupId()).toList())
                .contains("justice-office-" + KEJING);
        String opinion = "{\"supervisionOpinion\":{\"value\":\"请东许村调委会今日内联系申请人\"}}";
        // the justice office of another town cannot, through Tasklist or /engine-rest; the town's can
        assertThat(WebappSession.login(port, "tasklist", "caogang", "demo").post(WebappSession.engine("task/"
                + supervise.getId() + "/submit-form"), "{\"variables\":" + opinion + "}").statusCode()).isEqualTo(404);
        assertThat(completeAs("caogang", supervise.getId(), opinion).statusCode()).isEqualTo(404);
        assertThat(completeAs("chensiyuan", supervise.getId(), opinion).statusCode()).isEqualTo(204);
        assertThat(jdbc.queryForList("select note from case_status_history where case_id = ?", String.class,
                caseId(number))).contains("司法所督办联系网上申请人：请东许村调委会今日内联系申请人");
        assertThat(contactTask(number)).as("the committee still has to call").isNotNull();
    }

    // ------------------------------------------------------------------------------------------ checks

    @Test
    void everyBadFieldIsNamedInChineseAndNothingIsRegistered() {
        long cases = jdbc.queryForObject("select count(*) from case_file", Long.class);

        HttpResponse<String> empty = apply(json.createObjectNode());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM_JSON);
        JsonNode problem = read(empty);
        assertThat(problem.get("title").asText()).isEqualTo("请求有误");
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        problem.get("errors").forEach(e -> {
            labels.put(e.get("field").asText(), e.get("label").asText());
            messages.put(e.get("field").asText(), e.get("message").asText());
        });
        assertThat(labels).containsEntry("category", "纠纷类型").containsEntry("townCode", "镇（街道）")
                .containsEntry("applicantName", "您的姓名").containsEntry("applicantPhone", "您的手机号码")
                .containsEntry("otherPartyName", "对方姓名或单位名称").containsEntry("facts", "发生了什么")
                .containsEntry("request", "您希望怎样解决").containsEntry("consentToMediation", "同意申请调解")
                .containsEntry("consentToPersonalData", "个人信息处理告知");
        assertThat(messages).containsEntry("category", "请选择纠纷类型").containsEntry("applicantPhone", "请填写您的手机号码")
                .containsEntry("consentToPersonalData", "请阅读并同意个人信息处理告知");

        // the intake's own rules, named with the page's fields: a village of another town, a bad phone, an unknown code
        ObjectNode wrong = application(randomMobile(), "邻里纠纷");
        wrong.put("applicantPhone", "12345");
        wrong.put("villageCode", QINYUAN_COMMUNITY);
        wrong.put("category", "FEUD");
        wrong.put("consentToMediation", false);
        wrong.put("privacyNoticeVersion", "2020-01");
        JsonNode refused = read(apply(wrong));
        Map<String, String> found = new java.util.LinkedHashMap<>();
        refused.get("errors").forEach(e -> found.put(e.get("field").asText(), e.get("label").asText() + "：" + e.get("message").asText()));
        assertThat(found.get("applicantPhone")).startsWith("您的手机号码：电话号码格式不正确");
        assertThat(found.get("category")).startsWith("纠纷类型：").contains("FEUD");
        assertThat(found.get("consentToMediation")).isEqualTo("同意申请调解：请阅读并同意申请人民调解");
        assertThat(found.get("privacyNoticeVersion")).contains("已更新");

        ObjectNode elsewhere = application(randomMobile(), "邻里纠纷");
        elsewhere.put("villageCode", QINYUAN_COMMUNITY);
        JsonNode village = read(apply(elsewhere));
        assertThat(village.get("errors").get(0).get("field").asText()).isEqualTo("villageCode");
        assertThat(village.get("errors").get(0).get("label").asText()).isEqualTo("村（社区）");
        assertThat(village.get("errors").get(0).get("message").asText()).contains("不属于");
        assertThat(village.get("detail").asText()).startsWith("申请中有1处需要修改：村（社区）");

        assertThat(jdbc.queryForObject("select count(*) from case_file", Long.class)).isEqualTo(cases);
    }

    @Test
    void anApplicationCostsAProofOfWorkThatIsSpentOnce() {
        ObjectNode body = application(randomMobile(), "借给同村人两万元，到期不还。");
        HttpResponse<String> without = apply(body);
        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(read(without).get("errors").get(0).get("field").asText()).isEqualTo("challenge");
        assertThat(read(without).get("errors").get(0).get("label").asText()).isEqualTo("安全验证");

        JsonNode challenge = read(get("/public/api/challenge"));
        String token = challenge.get("challenge").asText();
        int difficulty = challenge.get("difficulty").asInt();
        assertThat(difficulty).isEqualTo(16);
        String nonce = solve(token, difficulty);
        String unsolved = Long.toString(Long.parseLong(nonce) + 1);
        while (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(token + ":" + unsolved)) >= difficulty) {
            unsolved = Long.toString(Long.parseLong(unsolved) + 1);
        }
        body.put("challenge", token).put("nonce", unsolved);
        assertThat(read(apply(body)).get("errors").get(0).get("message").asText()).isEqualTo("安全验证未通过，请重新提交");
        body.put("challenge", token.substring(0, token.length() - 2) + "xx").put("nonce", nonce);
        assertThat(read(apply(body)).get("errors").get(0).get("message").asText()).isEqualTo("安全验证无效，请重新提交");

        body.put("challenge", token).put("nonce", nonce);
        assertThat(apply(body).statusCode()).isEqualTo(201);
        ObjectNode another = application(randomMobile(), "另一件事：租的房子押金不退。");
        another.put("challenge", token).put("nonce", nonce);
        HttpResponse<String> again = apply(another);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(read(again).get("errors").get(0).get("message").asText()).isEqualTo("安全验证已使用过，请重新提交");
    }

    @Test
    void identicalApplicationsWithinADayAreOneCase() throws Exception {
        String phone = randomMobile();
        ObjectNode body = application(phone, "楼上漏水把我家天花板泡坏了，要求赔偿。");
        JsonNode first = applied(body.deepCopy());

        HttpResponse<String> repeated = apply(solved(body.deepCopy()));
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(read(repeated).get("caseNumber").asText()).isEqualTo(first.get("caseNumber").asText());
        assertThat(read(repeated).get("merged").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from case_party where phone = ?", Long.class, phone)).isEqualTo(1);

        // sent twice at the same moment (a double tap): one case
        ObjectNode other = application(randomMobile(), "物业不修电梯还要涨物业费。");
        ObjectNode a = solved(other.deepCopy());
        ObjectNode b = solved(other.deepCopy());
        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> apply(a));
        CompletableFuture<HttpResponse<String>> two = CompletableFuture.supplyAsync(() -> apply(b));
        assertThat(read(one.get()).get("caseNumber").asText()).isEqualTo(read(two.get()).get("caseNumber").asText());
        assertThat(List.of(one.get().statusCode(), two.get().statusCode())).containsExactlyInAnyOrder(200, 201);

        // a different wish is a different application
        ObjectNode changed = body.deepCopy();
        changed.put("request", "只要求对方修好水管");
        assertThat(applied(changed).get("caseNumber").asText()).isNotEqualTo(first.get("caseNumber").asText());
    }

    // ------------------------------------------------------------------------------------------ limits

    @Test
    void aPhoneAndAnAddressAreLimited() {
        String phone = randomMobile();
        for (int i = 1; i <= 3; i++) {
            applied(application(phone, "第" + i + "件事：邻居家的狗咬伤了我家的羊。"));
        }
        HttpResponse<String> fourth = apply(solved(application(phone, "第4件事：邻居家的狗又咬伤了我家的羊。")));
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        assertThat(read(fourth).get("detail").asText()).contains("不要重复提交", "12348");

        limits.clear();
        for (int i = 0; i < 20; i++) {
            assertThat(apply(json.createObjectNode()).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> tooMany = apply(json.createObjectNode());
        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(read(tooMany).get("title").asText()).isEqualTo("请求过于频繁");
        assertThat(read(tooMany).get("detail").asText()).startsWith("提交过于频繁，请").contains("分钟后再试");

        for (int i = 0; i < 30; i++) {
            assertThat(get("/public/api/challenge").statusCode()).isEqualTo(200);
        }
        assertThat(get("/public/api/challenge").statusCode()).isEqualTo(429);
    }

    @Test
    void lookupsAreLimitedPerAddressWhateverTheNumbersAndPhones() {
        List<CompletableFuture<HttpResponse<String>>> lookups = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String number = "（2026）不存在调字第" + i + "号";
            lookups.add(CompletableFuture.supplyAsync(() -> status(number, randomMobile())));
        }
        lookups.forEach(l -> assertThat(l.join().statusCode()).isEqualTo(404));
        HttpResponse<String> tooMany = status("（2026）不存在调字第99号", randomMobile());
        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(read(tooMany).get("detail").asText()).startsWith("查询过于频繁");
    }

    // ------------------------------------------------------------------------------------------ status

    @Test
    void aWrongPhoneLearnsNothingNotEvenFromTheTime() {
        String phone = randomMobile();
        String number = applied(application(phone, "装修队收了钱不干活。")).get("caseNumber").asText();
        String unknown = number.replaceFirst("第(\\d+)号", "第9$1号");

        long started = System.nanoTime();
        HttpResponse<String> wrongPhone = status(number, randomMobile());
        long wrongPhoneMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        HttpResponse<String> unknownNumber = status(unknown, phone);
        long unknownMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(wrongPhone.statusCode()).isEqualTo(404);
        assertThat(unknownNumber.statusCode()).isEqualTo(404);
        assertThat(wrongPhone.body()).isEqualTo(unknownNumber.body());
        assertThat(read(wrongPhone).get("detail").asText()).isEqualTo(PublicApplicationController.NOT_FOUND);
        assertThat(headersBut(wrongPhone)).isEqualTo(headersBut(unknownNumber));
        // every answer takes at least mediation.public.status.min-answer-time (400 ms by default)
        assertThat(wrongPhoneMillis).isGreaterThanOrEqualTo(400);
        assertThat(unknownMillis).isGreaterThanOrEqualTo(400);

        // the right phone however it is typed
        String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        assertThat(status(number, spaced).statusCode()).isEqualTo(200);
        assertThat(status(number.replace('（', '(').replace('）', ')'), "+86" + phone).statusCode()).isEqualTo(200);

        // a number tried with five wrong phones is refused for a while, also to the right phone, as an unknown one is
        for (int i = 0; i < 4; i++) {
            assertThat(status(number, randomMobile()).statusCode()).isEqualTo(404);
            assertThat(status(unknown, randomMobile()).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> locked = status(number, phone);
        HttpResponse<String> lockedUnknown = status(unknown, phone);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(lockedUnknown.statusCode()).isEqualTo(429);
        assertThat(locked.body()).isEqualTo(lockedUnknown.body());

        // missing fields are named
        JsonNode missing = read(get("/public/api/applications/status"));
        assertThat(missing.get("errors").toString()).contains("\"field\":\"caseNumber\"", "\"label\":\"案号\"",
                "\"field\":\"phone\"", "请填写申请时留的电话号码");
    }

    private static Map<String, List<String>> headersBut(HttpResponse<String> response) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    // ------------------------------------------------------------------------------------------ nothing else

    @Test
    void thePublicSideReachesNothingOfTheApiOrTheEngine() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/public/")).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("掌上调解", "个人信息处理告知", "保存多久");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(send(HttpRequest.newBuilder(uri("/public")).GET().build()).statusCode()).isEqualTo(302);
        assertThat(get("/public/api/options").headers().firstValue("Cache-Control")).contains("no-store");

        for (String path : List.of("/api/cases", "/engine-rest/task", "/public/api/../../api/cases",
                "/public/../engine-rest/task", "/public/api/..;/..;/api/cases")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isIn(400, 401, 404);
            assertThat(answer.body()).as(path).doesNotContain("caseNumber", "\"id\"");
        }
        HttpResponse<String> unknown = get("/public/api/cases");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(read(unknown).get("detail").asText()).isEqualTo("没有这个接口地址，请检查请求路径");
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/public/api/applications")).DELETE().build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(read(wrongMethod).get("title").asText()).isEqualTo("不支持的请求方法");
        HttpResponse<String> huge = apply(application(randomMobile(), "很".repeat(20_000)));
        assertThat(huge.statusCode()).isEqualTo(413);
    }
}
