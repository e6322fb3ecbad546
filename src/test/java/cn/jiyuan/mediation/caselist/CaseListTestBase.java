package cn.jiyuan.mediation.caselist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * 我的案件: the list ({@code GET /api/cases}, the page {@code /cases}), a case's page and the case link of a
 * Tasklist task, and what a registrar learns right after the intake form, through real HTTP against the demo
 * platform. Every case is registered with parties of its own, so that the shared database of the other tests does
 * not matter.
 */
@DemoPlatformTest
abstract class CaseListTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    // ------------------------------------------------------------------------------ the list (API)

    @Test
    void theCommitteeFindsItsCaseByNumberPartyNameOrPhoneAndOthersFindNothing() {
        Registered c = register("zhangli", "王大山");
        JsonNode byName = list("zhangli", "q=" + encode(c.applicant()));
        JsonNode item = only(byName, c.id());
        assertThat(item.get("caseNumber").asText()).isEqualTo(c.number());
        assertThat(item.get("stage").asText()).isEqualTo("受理");
        assertThat(item.get("committeeName").asText()).isEqualTo("克井镇东许村人民调解委员会");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(item.get("registeredOn").asText()).isEqualTo(today.toString());
        LocalDate deadline = LocalDate.parse(item.get("deadline").asText());
        assertThat(item.get("daysLeft").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(today, deadline))
                .isPositive();
        assertThat(item.get("deadlineText").asText()).isEqualTo("还有" + item.get("daysLeft").asLong() + "日");
        // the handling committee sees the parties in full
        assertThat(item.get("parties").toString()).contains(c.applicant(), c.phone());
        assertThat(item.get("fullAccess").asBoolean()).isTrue();

        assertThat(ids(list("zhangli", "q=" + c.phone()))).containsExactly(c.id());
        assertThat(ids(list("zhangli", "q=" + encode(c.phone().substring(0, 3) + " " + c.phone().substring(3, 7)
                + "-" + c.phone().substring(7))))).containsExactly(c.id());
        assertThat(ids(list("zhangli", "q=" + encode(c.number())))).containsExactly(c.id());
        // the town's justice office supervises it
        assertThat(ids(list("chensiyuan", "q=" + encode(c.applicant())))).containsExactly(c.id());

        // another village's committee and another town's justice office: nothing, however they search
        for (String other : List.of("songyu", "caogang", "zhouyining")) {
            assertThat(ids(list(other, "q=" + encode(c.number())))).as(other).isEmpty();
            assertThat(ids(list(other, "q=" + encode(c.applicant())))).as(other).isEmpty();
            assertThat(ids(list(other, "size=100"))).as(other).doesNotContain(c.id());
        }
    }

    @Test
    void whoDoesNotHandleTheCaseSeesItMaskedAndCannotFindItByTheParties() {
        Registered c = register("zhangli", "钱多多");
        // an administrator reads every case, masked, and finds it by number only
        JsonNode item = only(list("admin", "admin-secret", "q=" + encode(c.number())), c.id());
        assertThat(item.get("fullAccess").asBoolean()).isFalse();
        assertThat(item.get("parties").toString()).contains("钱某", c.phone().substring(0, 3) + "****")
                .doesNotContain(c.applicant(), c.phone());
        assertThat(ids(list("admin", "admin-secret", "q=" + encode(c.applicant())))).isEmpty();
        assertThat(ids(list("admin", "admin-secret", "q=" + c.phone()))).isEmpty();
    }

    @Test
    void registeredByMeListsTheRegistrarsOwnRegistrations() {
        Registered mine = register("zhangli", "孙登记");
        Registered director = register("wangjun", "周登记");
        List<Long> zhangli = ids(list("zhangli", "registeredByMe=true&size=100"));
        assertThat(zhangli).contains(mine.id()).doesNotContain(director.id());
        assertThat(ids(list("wangjun", "registeredByMe=true&size=100"))).contains(director.id())
                .doesNotContain(mine.id());
        // both are the committee's cases
        assertThat(ids(list("wangjun", "size=100"))).contains(mine.id(), director.id());
        assertThat(only(list("zhangli", "registeredByMe=true&q=" + encode(mine.number())), mine.id())
                .get("registeredByMe").asBoolean()).isTrue();
    }

    @Test
    void badListParametersAreNamedInChinese() {
        HttpResponse<String> response = new Http(port).get("/api/cases?page=-1&size=1000&registeredByMe=yes",
                "zhangli", "demo");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"page\"", "\"size\"", "\"registeredByMe\"", "整数", "true 或 false");
        assertThat(new Http(port).get("/api/cases", null, null).statusCode()).isEqualTo(401);
    }

    // ------------------------------------------------------------------------------ the pages

    @Test
    void theListPageShowsTheCasesOfTheTasklistLogin() {
        Registered c = register("zhangli", "吴页面");
        WebappSession zhangli = tasklist("zhangli");
        HttpResponse<String> page = zhangli.getWithoutReferer("/cases?q=" + encode(c.applicant()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("我的案件", c.number(), c.applicant(), "受理", "克井镇东许村人民调解委员会",
                "/cases/" + c.id(), "<th>调解员</th>", "尚未调解");

        // a session recorded by a login that no longer exists names no login id
        jdbc.update("insert into case_session (case_id, mode, held_at, recorded_by, recorded_at)"
                + " values (?, 'PHONE', current_timestamp, 'gone-user', current_timestamp)", c.id());
        assertThat(zhangli.getWithoutReferer("/cases?q=" + encode(c.applicant())).body())
                .contains("<td>已注销的用户</td>").doesNotContain("gone-user");

        HttpResponse<String> mine = zhangli.getWithoutReferer("/cases?registeredByMe=true");
        assertThat(mine.body()).contains("我登记的案件", c.number());
        HttpResponse<String> other = tasklist("songyu").getWithoutReferer("/cases?q=" + encode(c.applicant()));
        assertThat(other.statusCode()).isEqualTo(200);
        // (the name she typed is repeated back to her, nothing of the case)
        assertThat(other.body()).contains("没有找到符合条件的案件").doesNotContain(c.number(), "/cases/" + c.id(),
                c.phone());
    }

    @Test
    void theCasePageShowsStageDeadlineAndCourseAndRefusesOthersInChinese() {
        Registered c = register("zhangli", "郑经过");
        WebappSession zhangli = tasklist("zhangli");
        // a session through the mediator's form
        Task mediate = tasks.createTaskQuery().processInstanceId(c.instance()).taskDefinitionKey("mediate")
                .singleResult();
        Map<String, Object> session = new LinkedHashMap<>(Map.of("sessionMode", "FACE_TO_FACE",
                "sessionNotes", "双方同意再谈一次", "sessionParticipants", "张丽", "mediationAction", "CONTINUE"));
        HttpResponse<String> done = zhangli.post(WebappSession.engine("task/" + mediate.getId() + "/submit-form"),
                submission(session));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

        HttpResponse<String> page = zhangli.getWithoutReferer("/cases/" + c.id());
        assertThat(page.statusCode()).isEqualTo(200);
        String deadline = jdbc.queryForObject("select deadline from case_file where id = ?", java.sql.Date.class,
                c.id()).toLocalDate().toString();
        assertThat(page.body()).contains(c.number(), "调解中", deadline, "还有", "办理经过", "已受理", "受理登记",
                "调解", "面对面", "双方同意再谈一次", c.applicant(), "<dt>调解员</dt><dd>张丽</dd>");
        // and the list says who mediated it
        assertThat(zhangli.getWithoutReferer("/cases?q=" + encode(c.number())).body()).contains("<td>张丽</td>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(CasePages.CONTENT_SECURITY_POLICY);
        // the page shows the parties: who read it is recorded, as a read through Tasklist
        assertThat(auditRecords("select count(*) from audit_record where case_id = ? and user_id = 'zhangli'"
                + " and way_in = 'TASKLIST' and action = 'READ' and path_text = ?", 1, c.id(), "/cases/" + c.id()))
                .isEqualTo(1);

        // the administrator reads it masked, without the session notes
        HttpResponse<String> admin = WebappSession.login(port, "tasklist", "admin", "admin-secret")
                .getWithoutReferer("/cases/" + c.id());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains(c.number(), "郑某", "面对面").doesNotContain(c.applicant(), c.phone(),
                "双方同意再谈一次");

        // another committee: a Chinese page, never the server's error page
        for (String path : List.of("/cases/" + c.id(), "/cases/" + encode(c.number()),
                "/cases/process-instance/" + c.instance())) {
            HttpResponse<String> refused = tasklist("songyu").getWithoutReferer(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/html"));
            assertThat(refused.body()).as(path).contains("无法查看该案件", "无权查看").doesNotContain("Whitelabel",
                    c.number());
        }
        assertThat(auditRecords("select count(*) from audit_record where case_id = ? and user_id = 'songyu'"
                + " and status = 404", 3, c.id())).isEqualTo(3);
        // without a login
        HttpResponse<String> anonymous = new Http(port).get("/cases/" + c.id(), null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("请先登录").doesNotContain(c.number(), "Whitelabel");
    }

    @Test
    void theCaseLinkOfATaskLeadsToItsCasePage() {
        Registered c = register("zhangli", "冯链接");
        HttpResponse<String> link = tasklist("zhangli").getWithoutReferer("/cases/process-instance/" + c.instance());
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(link.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/cases/" + c.id()));
        // the task tab 案件经过: the case of the task with its course
        Task mediate = tasks.createTaskQuery().processInstanceId(c.instance()).taskDefinitionKey("mediate")
                .singleResult();
        HttpResponse<String> course = tasklist("zhangli").getWithoutReferer("/cases/task/" + mediate.getId());
        assertThat(course.statusCode()).as(course.body()).isEqualTo(200);
        JsonNode view = parse(course.body());
        assertThat(view.get("summary").get("caseNumber").asText()).isEqualTo(c.number());
        assertThat(view.get("summary").get("stage").asText()).isEqualTo("受理");
        assertThat(view.get("events").get(0).get("kind").asText()).isEqualTo("已受理");
        assertThat(view.get("events").get(0).get("by").asText()).isEqualTo("张丽");
        HttpResponse<String> notHers = tasklist("songyu").getWithoutReferer("/cases/task/" + mediate.getId());
        assertThat(notHers.statusCode()).isEqualTo(404);
        assertThat(notHers.body()).contains("此任务不属于您可查看的案件").doesNotContain(c.number());

        HttpResponse<String> unknown = tasklist("zhangli").getWithoutReferer("/cases/process-instance/no-such-instance");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("没有对应的案件");
    }

    @Test
    void afterTheIntakeFormTheRegistrarLearnsCaseNumberCommitteeAndDeadline() {
        WebappSession zhangli = tasklist("zhangli");
        String phone = phone();
        HttpResponse<String> started = zhangli.post(WebappSession.engine(
                "process-definition/key/case-intake/submit-form"), submission(intakeForm("陈受理", phone)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = parse(started.body()).get("id").asText();

        HttpResponse<String> answer = zhangli.getWithoutReferer("/cases/registered/" + instance);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode registered = parse(answer.body());
        Map<String, Object> row = jdbc.queryForMap("select c.id, c.case_number, c.deadline from case_file c join"
                + " case_party p on p.case_id = c.id where p.phone = ?", phone);
        assertThat(registered.get("registered").asBoolean()).isTrue();
        assertThat(registered.get("caseNumber").asText()).isEqualTo(row.get("CASE_NUMBER"));
        assertThat(registered.get("committeeName").asText()).isEqualTo("克井镇东许村人民调解委员会");
        assertThat(registered.get("deadline").asText()).isEqualTo(row.get("DEADLINE").toString());
        assertThat(registered.get("detail").asText()).contains((String) row.get("CASE_NUMBER"), "克井镇东许村人民调解委员会办理", "办理期限");

        // nobody else learns anything about it
        HttpResponse<String> other = tasklist("wangjun").getWithoutReferer("/cases/registered/" + instance);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain((String) row.get("CASE_NUMBER"));
    }

    @Test
    void anIntakeToBeCorrectedIsSaidSo() {
        WebappSession zhangli = tasklist("zhangli");
        Map<String, Object> form = intakeForm("褚待改", phone());
        form.put("applicantIdNumber", "123");
        HttpResponse<String> started = zhangli.post(WebappSession.engine(
                "process-definition/key/case-intake/submit-form"), submission(form));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        HttpResponse<String> answer = zhangli.getWithoutReferer("/cases/registered/"
                + parse(started.body()).get("id").asText());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(parse(answer.body()).get("registered").asBoolean()).isFalse();
        assertThat(parse(answer.body()).get("detail").asText()).contains("更正受理信息");
    }

    // ------------------------------------------------------------------------------ helpers

    /** A read is recorded right after its answer has gone out: the count, once it reached {@code expected} or 5 s passed. */
    int auditRecords(String countQuery, int expected, Object... args) {
        long until = System.currentTimeMillis() + 5000;
        int n = jdbc.queryForObject(countQuery, Integer.class, args);
        while (n < expected && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            n = jdbc.queryForObject(countQuery, Integer.class, args);
        }
        return n;
    }

    /** A case of 东许村 with an applicant of its own name and phone. */
    record Registered(long id, String number, String instance, String applicant, String phone) {
    }

    Registered register(String user, String baseName) {
        String name = baseName + (char) ('甲' + (int) (System.nanoTime() % 10)) + (char) ('子' + (int) (System.nanoTime() / 10 % 12));
        String phone = phone();
        ObjectNode body = CaseRequests.neighbourDispute();
        ((ObjectNode) body.get("parties").get(0)).put("name", name).put("phone", phone).remove("idNumber");
        JsonNode created = CaseRequests.created(CaseRequests.post(new Http(port), user, "demo", body.toString(), null));
        return new Registered(created.get("caseId").asLong(), created.get("caseNumber").asText(),
                created.get("processInstanceId").asText(), name, phone);
    }

    static String phone() {
        return "1370" + String.format("%07d", (System.nanoTime() / 1000) % 10_000_000);
    }

    Map<String, Object> intakeForm(String name, String phone) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", "WALK_IN");
        form.put("category", "NEIGHBOR");
        form.put("summary", "两家因排水沟发生纠纷");
        form.put("townCode", CaseRequests.KEJING);
        form.put("villageCode", CaseRequests.DONGXU);
        form.put("applicantName", name);
        form.put("applicantPhone", phone);
        form.put("respondentName", "邻居乙");
        form.put("respondentPhone", "0391-6612345");
        form.put("peopleInvolved", 2);
        return form;
    }

    static String submission(Map<String, Object> values) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((k, v) -> variables.putObject(k).putPOJO("value", v));
        return body.toString();
    }

    @Test
    void cockpitShowsTheLabelsOfTheCodesItMeets() {
        // the labels Cockpit's script (code-labels/code-labels.js) shows in place of codes, for a webapp login
        JsonNode labels = parse(WebappSession.login(port, "cockpit", "chensiyuan", "demo").getWithoutReferer("/code-labels")
                .body());
        assertThat(labels.path("PROPERTY_MANAGEMENT").asText()).isEqualTo("物业管理");
        assertThat(labels.path("HIGH").asText()).isNotBlank().doesNotContain("HIGH");
        assertThat(labels.path("committee-VC419001100201").asText()).isEqualTo("克井镇东许村人民调解委员会");
        assertThat(labels.path("VC419001100201").asText()).as("a committee's code").isEqualTo("克井镇东许村人民调解委员会");
        assertThat(labels.path("419001100").asText()).as("a town, the cases' tenant").isEqualTo("克井镇");
        assertThat(labels.path("419001100201").asText()).as("a village, with its town").isEqualTo("克井镇东许村");
        assertThat(labels.has("camunda-admin")).as("an English group name stays its id").isFalse();
        assertThat(new Http(port).get("/code-labels", null, null).statusCode()).isEqualTo(401);
        assertThat(new Http(port).get("/camunda/app/cockpit/scripts/config.js", null, null).body())
                .contains("'code-labels/code-labels'");
    }

    WebappSession tasklist(String user) {
        WebappSession session = WebappSession.login(port, "tasklist", user, "demo");
        assertThat(session.loggedIn()).as(user).isTrue();
        return session;
    }

    JsonNode list(String user, String query) {
        return list(user, "demo", query);
    }

    JsonNode list(String user, String password, String query) {
        HttpResponse<String> response = new Http(port).get("/api/cases?" + query, user, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("caseId").asLong()));
        return ids;
    }

    static JsonNode only(JsonNode page, long caseId) {
        assertThat(ids(page)).containsExactly(caseId);
        return page.get("items").get(0);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode parse(String body) {
        return CaseRequests.parse(body);
    }
}
