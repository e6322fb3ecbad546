package cn.jiyuan.mediation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.intake.ResidentIdNumber;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * Shared set-up of the security tests: the demo platform, real HTTP calls by demo users through each way in
 * (HTTP Basic on /api and /engine-rest, a webapp session on Tasklist's, Cockpit's and Admin's APIs), and two
 * cases in two towns: one in 克井镇东许村 (committee of 张丽 zhangli and 王军 wangjun, justice office of 陈思远
 * chensiyuan) and one in 沁园街道沁园社区 (committee of 宋玉 songyu, justice office of 曹刚 caogang).
 */
@DemoPlatformTest
abstract class SecurityTestBase {

    static final String KEJING = "419001100";
    static final String DONGXU = "419001100201";
    static final String QINYUAN = "419001001";
    static final String QINYUAN_COMMUNITY = "419001001001";
    static final String DEMO = "demo";
    static final String ADMIN_PASSWORD = "admin-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    /** A registered case: its id, number, process instance and open mediation task. */
    record Case(long id, String number, String processInstanceId, String taskId, String applicantPhone,
                String applicantIdNumber) {
    }

    // ------------------------------------------------------------------ ways in

    Http http() {
        return new Http(port);
    }

    static String password(String user) {
        return user.equals("admin") ? ADMIN_PASSWORD : DEMO;
    }

    HttpResponse<String> get(String user, String path) {
        return http().get(path, user, password(user));
    }

    HttpResponse<String> send(String user, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(path)))
                .header("Authorization", Http.basic(user, password(user)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http().send(request.build());
    }

    HttpResponse<String> post(String user, String path, String json) {
        return send(user, "POST", path, json);
    }

    WebappSession webapp(String app, String user) {
        WebappSession session = WebappSession.login(port, app, user, password(user));
        assertThat(session.loggedIn()).as(user + " logs in to " + app).isTrue();
        return session;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** A refusal: 403 or 404, answered in Chinese, with no engine code or class name in the message. */
    static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
        assertChineseProblem(response);
    }

    static void assertChineseProblem(HttpResponse<String> response) {
        String message = json(response).path("message").asText(json(response).path("detail").asText());
        assertThat(message).as(response.body()).matches(".*\\p{IsHan}.*").doesNotContain("ENGINE-")
                .doesNotContain("Exception");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ data

    static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A neighbour dispute in the given place; phone and ID number unique per call so they can be searched. */
    static ObjectNode dispute(String town, String village, String applicantPhone, String applicantId) {
        return CaseRequests.dispute().place(town, village).applicant("王大山", applicantPhone, applicantId)
                .summary("两家因院墙排水问题多次争吵，申请人要求改建排水沟。").json();
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 9000));

    Case register(String user, String town, String village) {
        int n = SEQ.incrementAndGet() % 10000;
        String phone = String.format("1370000%04d", n);
        String id = idNumber(String.format("41088119800315%03d", n % 1000));
        HttpResponse<String> created = post(user, "/api/cases", dispute(town, village, phone, id).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json(created);
        String instance = answer.path("processInstanceId").asText();
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("mediate").singleResult();
        return new Case(answer.path("caseId").asLong(), answer.path("caseNumber").asText(), instance,
                task == null ? null : task.getId(), phone, id);
    }

    Case kejingCase() {
        return register("zhangli", KEJING, DONGXU);
    }

    Case qinyuanCase() {
        return register("songyu", QINYUAN, QINYUAN_COMMUNITY);
    }

    /** A form submission body as Tasklist sends it. */
    static String submission(Map<String, Object> values) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((k, v) -> variables.putObject(k).putPOJO("value", v));
        return body.toString();
    }

    String caseStatus(long caseId) {
        return jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId);
    }

    int sessions(long caseId) {
        return jdbc.queryForObject("select count(*) from case_session where case_id = ?", Integer.class, caseId);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    List<String> ids(HttpResponse<String> list, String field) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list).findValuesAsText(field);
    }
}
