package cn.jiyuan.mediation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.intake.ResidentIdNumber;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * The audit records (issue 8): who read or changed which case, when, through which way in — over real HTTP
 * through the project's API, the engine REST API and a real webapp login (Tasklist, Cockpit) — and
 * {@code GET /api/audit} for administrators and the grassroots section only. After every test the whole
 * audit table is searched for the phone and ID numbers the tests sent: none may be there.
 */
@DemoPlatformTest
abstract class AuditTestBase {

    /** Personal data the tests send in bodies, paths and query strings; never to be found in a record. */
    static final String PHONE = "13698765432";
    static final String ID_NUMBER = "41088119760521371" + ResidentIdNumber.checkCharacter("41088119760521371");
    static final String LANDLINE = "0391-6698765";

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    /** The last record before the test: each test looks only at the records it caused. */
    long mark;

    @BeforeEach
    void markTheTable() {
        mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_record", Long.class);
    }

    @AfterEach
    void noRecordHoldsPersonalData() {
        List<Map<String, Object>> all = jdbc.queryForList("select * from audit_record");
        assertThat(all).isNotEmpty();
        for (Map<String, Object> row : all) {
            String text = row.values().toString();
            assertThat(text).as("audit record %s", row.get("id")).doesNotContain(PHONE, ID_NUMBER, LANDLINE,
                    PHONE.substring(0, 3) + "-" + PHONE.substring(3, 7), "王春生", "赵秋月");
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    /** A neighbour dispute in 克井镇东许村 (handled by the village committee: zhangli's). */
    String intakeBody() {
        return CaseRequests.dispute().summary("两家因宅基地界线发生争执，申请人电话" + PHONE + "。")
                .applicant("王春生", PHONE, ID_NUMBER).respondent("赵秋月", LANDLINE, null).amount(2000).toString();
    }

    /** Registers a case as zhangli through {@code POST /api/cases}: {caseId, caseNumber, processInstanceId…}. */
    JsonNode registerCase() {
        HttpResponse<String> created = send("POST", "/api/cases", "zhangli", "demo", intakeBody());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created.body());
    }

    HttpResponse<String> send(String method, String path, String user, String password, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(path)));
        if (user != null) {
            request.header("Authorization", Http.basic(user, password));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http().send(request.build());
    }

    HttpResponse<String> get(String path, String user) {
        return http().get(path, user, user.equals("admin") ? "admin-secret" : "demo");
    }

    JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Task mediateTask(String processInstanceId) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("mediate")
                .singleResult();
        assertThat(task).as("open mediation task").isNotNull();
        return task;
    }

    /** The records since the test began, oldest first. */
    List<Map<String, Object>> records() {
        return jdbc.queryForList("select * from audit_record where id > ? order by id", mark);
    }

    /**
     * The one record since the test began that matches, waiting up to 10 s: a read is recorded right after its
     * answer went out, so the test's next step may come first.
     */
    Map<String, Object> recordOf(String description, Predicate<Map<String, Object>> match) {
        long until = System.currentTimeMillis() + 10_000;
        List<Map<String, Object>> found;
        do {
            found = records().stream().filter(match).toList();
            if (!found.isEmpty() || System.currentTimeMillis() > until) {
                break;
            }
            pause();
        } while (true);
        assertThat(found).as(description + " in " + records()).hasSize(1);
        return found.get(0);
    }

    static Predicate<Map<String, Object>> request(String method, String path) {
        return r -> method.equals(r.get("http_method")) && path.equals(r.get("path_text"));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void assertRecord(Map<String, Object> r, String user, WayIn wayIn, AuditAction action, Long caseId,
                             String caseNumber, int status) {
        assertThat(r.get("user_id")).as("user of %s", r).isEqualTo(user);
        assertThat(r.get("way_in")).as("way in of %s", r).isEqualTo(wayIn.name());
        assertThat(r.get("action")).as("action of %s", r).isEqualTo(action.name());
        assertThat(r.get("case_id") == null ? null : ((Number) r.get("case_id")).longValue()).as("case of %s", r)
                .isEqualTo(caseId);
        assertThat(r.get("case_number")).as("case number of %s", r).isEqualTo(caseNumber);
        assertThat(((Number) r.get("status")).intValue()).as("status of %s", r).isEqualTo(status);
        assertThat((String) r.get("client_address")).as("client of %s", r).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(r.get("occurred_at")).as("time of %s", r).isNotNull();
    }

    // ------------------------------------------------------------------------------------------ the project's API

    @Test
    void projectApiReadsWritesAndDownloadsAreRecordedWithTheirCase() throws Exception {
        // registration: recorded before the answer goes out, so it is there when the caller sees the answer
        HttpResponse<String> created = send("POST", "/api/cases", "zhangli", "demo", intakeBody());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode c = parse(created.body());
        long caseId = c.get("caseId").asLong();
        String caseNumber = c.get("caseNumber").asText();
        String pid = c.get("processInstanceId").asText();
        List<Map<String, Object>> immediately = records().stream().filter(request("POST", "/api/cases")).toList();
        assertThat(immediately).hasSize(1);
        assertRecord(immediately.get(0), "zhangli", WayIn.API, AuditAction.WRITE, caseId, caseNumber, 201);

        // reading the case by id and by case number
        assertThat(get("/api/cases/" + caseId, "zhangli").statusCode()).isEqualTo(200);
        assertRecord(recordOf("read by id", request("GET", "/api/cases/" + caseId)), "zhangli", WayIn.API,
                AuditAction.READ, caseId, caseNumber, 200);
        assertThat(get("/api/cases/" + encode(caseNumber), "zhangli").statusCode()).isEqualTo(200);
        assertRecord(recordOf("read by number", request("GET", "/api/cases/" + caseNumber)), "zhangli", WayIn.API,
                AuditAction.READ, caseId, caseNumber, 200);
        // a refused read is recorded too, with its answer (404: to another committee the case is unknown)
        assertThat(get("/api/cases/" + caseId, "songyu").statusCode()).isEqualTo(404);
        assertRecord(recordOf("refused read", r -> "songyu".equals(r.get("user_id"))), "songyu", WayIn.API,
                AuditAction.READ, caseId, caseNumber, 404);
        // an unknown reference: recorded without a case, and what was typed is not kept
        assertThat(get("/api/cases/" + PHONE, "zhangli").statusCode()).isEqualTo(404);
        assertRecord(recordOf("unknown case", r -> ((Number) r.get("status")).intValue() == 404
                && "zhangli".equals(r.get("user_id"))), "zhangli",
                WayIn.API, AuditAction.READ, null, null, 404);
        assertThat(records()).filteredOn(r -> ((Number) r.get("status")).intValue() == 404
                && "zhangli".equals(r.get("user_id"))).extracting(r -> r.get("path_text"))
                .containsExactly("/api/cases/***");
        // without credentials: 401, nothing recorded
        assertThat(http().get("/api/cases/" + caseId, null, null).statusCode()).isEqualTo(401);
        // (an unknown user: a wrong password of a real one would set off the engine's login throttling)
        assertThat(http().get("/api/cases/" + caseId, "no-such-user", "wrong").statusCode()).isEqualTo(401);

        // a write without credentials is answered as before (the held answer is passed on) and not recorded
        HttpResponse<String> anonymous = send("POST", "/api/cases", null, null, intakeBody());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"status\":401");

        // the engine REST API: claiming the mediation task (a write, recorded before the answer)
        Task task = mediateTask(pid);
        HttpResponse<String> claim = send("POST", "/engine-rest/task/" + task.getId() + "/claim", "zhangli", "demo",
                "{\"userId\":\"zhangli\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
        assertRecord(records().stream().filter(request("POST", "/engine-rest/task/" + task.getId() + "/claim"))
                .findFirst().orElseThrow(), "zhangli", WayIn.ENGINE_REST, AuditAction.WRITE, caseId, caseNumber, 204);
        // what the claim changed is in the engine's own user-operation log, for administrators
        HttpResponse<String> operations = get("/engine-rest/history/user-operation?taskId=" + task.getId()
                + "&operationType=Claim", "admin");
        assertThat(operations.statusCode()).isEqualTo(200);
        assertThat(list(parse(operations.body()))).extracting(o -> o.get("userId").asText()).contains("zhangli");
        // reading the task's variables, also through the named-engine path and the history
        assertThat(get("/engine-rest/task/" + task.getId() + "/variables", "zhangli").statusCode()).isEqualTo(200);
        assertRecord(recordOf("task variables", request("GET", "/engine-rest/task/" + task.getId() + "/variables")),
                "zhangli", WayIn.ENGINE_REST, AuditAction.READ, caseId, caseNumber, 200);
        String formVariables = "/engine-rest/engine/default/task/" + task.getId() + "/form-variables";
        assertThat(get(formVariables, "zhangli").statusCode()).isEqualTo(200);
        assertRecord(recordOf("form variables", request("GET", formVariables)), "zhangli", WayIn.ENGINE_REST,
                AuditAction.READ, caseId, caseNumber, 200);
        HttpResponse<String> historic = get("/engine-rest/history/variable-instance?processInstanceId=" + pid
                + "&variableName=caseNumber&variableValue=" + PHONE, "zhangli");
        assertThat(historic.statusCode()).isEqualTo(200);
        assertRecord(recordOf("historic variables", request("GET", "/engine-rest/history/variable-instance"
                + "?processInstanceId=" + pid + "&variableName&variableValue")), "zhangli", WayIn.ENGINE_REST,
                AuditAction.READ, caseId, caseNumber, 200);
        // a task query by POST is a read of no variables: not recorded
        assertThat(send("POST", "/engine-rest/task", "zhangli", "demo", "{\"processInstanceId\":\"" + pid + "\"}")
                .statusCode()).isEqualTo(200);

        // concluding with a written agreement through the engine REST API: the task is gone afterwards, the
        // record still names the case (found before the write ran)
        ObjectNode vars = json.createObjectNode().putObject("variables");
        Map<String, Object> conclusion = new java.util.LinkedHashMap<>(Map.of("mediationAction", "CONCLUDE",
                "outcome", "AGREEMENT_WRITTEN", "outcomeNotes", "双方同意。",
                "sessionMode", "FACE_TO_FACE", "sessionNotes", "面对面调解后达成协议。",
                "agreementFacts", "宅基地界线不清。", "agreementResponsibility", "双方各负其责。",
                "agreementTerms", "1. 按村委会测量结果重新确定界线", "performanceMethod", "双方共同配合",
                "performanceDeadline", CaseTime.today().plusDays(15).toString()));
        conclusion.putAll(cn.jiyuan.mediation.support.MediationForms.agreementParties());
        conclusion.forEach((name, value) -> vars.putObject(name).put("value", String.valueOf(value))
                .put("type", "String"));
        String complete = "/engine-rest/task/" + task.getId() + "/complete";
        HttpResponse<String> completed = send("POST", complete, "zhangli", "demo",
                json.createObjectNode().set("variables", vars).toString());
        assertThat(completed.statusCode()).as(completed.body()).isIn(200, 204);
        assertRecord(records().stream().filter(request("POST", complete)).findFirst().orElseThrow(), "zhangli",
                WayIn.ENGINE_REST, AuditAction.WRITE, caseId, caseNumber, completed.statusCode());

        // the case file and the agreement PDF: a read and a download
        HttpResponse<String> file = get("/api/cases/" + caseId + "/file", "zhangli");
        assertThat(file.statusCode()).isEqualTo(200);
        assertRecord(recordOf("case file", request("GET", "/api/cases/" + caseId + "/file")), "zhangli", WayIn.API,
                AuditAction.READ, caseId, caseNumber, 200);
        String href = parse(file.body()).get("documents").get(0).get("href").asText();
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http().url(href))).header("Authorization", Http.basic("zhangli", "demo")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertRecord(recordOf("download", request("GET", href)), "zhangli", WayIn.API, AuditAction.DOWNLOAD, caseId,
                caseNumber, 200);

        // nothing was recorded for the 401s and the task query
        assertThat(records()).noneMatch(r -> ((Number) r.get("status")).intValue() == 401);
        assertThat(records()).noneMatch(request("POST", "/engine-rest/task"));
    }

    // ------------------------------------------------------------------------------------------ webapps

    @Test
    void webappCallsAreRecordedWithTheAppAndTheLoggedInUser() {
        JsonNode c = registerCase();
        long caseId = c.get("caseId").asLong();
        String caseNumber = c.get("caseNumber").asText();
        String pid = c.get("processInstanceId").asText();
        String taskId = mediateTask(pid).getId();
        String engine = "/camunda/api/engine/engine/default";

        WebappSession tasklist = WebappSession.login(http(), "tasklist", "zhangli", "demo");
        assertThat(tasklist.loggedIn()).as(tasklist.loginResponse().body()).isTrue();
        HttpResponse<String> form = tasklist.get(engine + "/task/" + taskId + "/form-variables");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertRecord(recordOf("Tasklist form variables", request("GET", engine + "/task/" + taskId
                + "/form-variables")), "zhangli", WayIn.TASKLIST, AuditAction.READ, caseId, caseNumber, 200);
        // a write through the session, with its CSRF token
        HttpResponse<String> claim = tasklist.post(engine + "/task/" + taskId + "/claim", "{\"userId\":\"zhangli\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
        assertRecord(records().stream().filter(request("POST", engine + "/task/" + taskId + "/claim")).findFirst()
                .orElseThrow(), "zhangli", WayIn.TASKLIST, AuditAction.WRITE, caseId, caseNumber, 204);
        // without a Referer the app is not known
        assertThat(tasklist.getWithoutReferer(engine + "/task/" + taskId + "/variables").statusCode()).isEqualTo(200);
        assertRecord(recordOf("webapp variables", request("GET", engine + "/task/" + taskId + "/variables")),
                "zhangli", WayIn.WEBAPP, AuditAction.READ, caseId, caseNumber, 200);

        // Cockpit: a supervisor of the town reads the instance's variables, and queries history by POST body
        WebappSession cockpit = WebappSession.login(http(), "cockpit", "chensiyuan", "demo");
        assertThat(cockpit.loggedIn()).as(cockpit.loginResponse().body()).isTrue();
        HttpResponse<String> variables = cockpit.get(engine + "/process-instance/" + pid + "/variables");
        assertRecord(recordOf("Cockpit variables", request("GET", engine + "/process-instance/" + pid
                + "/variables")), "chensiyuan", WayIn.COCKPIT, AuditAction.READ, caseId, caseNumber,
                variables.statusCode());
        String historic = engine + "/history/variable-instance?firstResult=0&maxResults=50";
        HttpResponse<String> query = cockpit.post(historic, "{\"processInstanceIdIn\":[\"" + pid + "\"],"
                + "\"variableValues\":[{\"name\":\"caseNumber\",\"operator\":\"eq\",\"value\":\"" + PHONE + "\"}]}");
        assertRecord(recordOf("Cockpit history query", request("POST", historic)), "chensiyuan", WayIn.COCKPIT,
                AuditAction.READ, caseId, caseNumber, query.statusCode());

        // a session that never logged in gets 401 from the engine API: nothing recorded
        WebappSession stranger = WebappSession.login(http(), "tasklist", "no-such-user", "wrong");
        assertThat(stranger.loggedIn()).isFalse();
        assertThat(stranger.get(engine + "/task/" + taskId + "/form-variables").statusCode()).isEqualTo(401);
        recordOf("a later read", request("GET", engine + "/process-instance/" + pid + "/variables"));
        assertThat(records()).noneMatch(r -> ((Number) r.get("status")).intValue() == 401);
    }

    // ------------------------------------------------------------------------------------------ GET /api/audit

    @Test
    void auditIsReadByAdministratorsAndTheGrassrootsSectionOnly() {
        JsonNode c = registerCase();
        long caseId = c.get("caseId").asLong();
        String caseNumber = c.get("caseNumber").asText();
        assertThat(get("/api/cases/" + caseId, "zhangli").statusCode()).isEqualTo(200);
        assertThat(get("/api/cases/" + caseId, "chensiyuan").statusCode()).isEqualTo(200);
        recordOf("zhangli's read", request("GET", "/api/cases/" + caseId).and(r -> "zhangli".equals(r.get("user_id"))));
        recordOf("chensiyuan's read", r -> "chensiyuan".equals(r.get("user_id")));

        JsonNode byCase = audit("zhaojiceng", "caseRef=" + caseId);
        assertThat(byCase.get("total").asLong()).isEqualTo(3);
        List<JsonNode> items = list(byCase.get("items"));
        assertThat(items).extracting(i -> i.get("caseId").asLong()).containsOnly(caseId);
        assertThat(items).extracting(i -> i.get("caseNumber").asText()).containsOnly(caseNumber);
        // newest first: the two reads, then the registration
        assertThat(items).extracting(i -> i.get("userId").asText() + " " + i.get("action").asText())
                .containsExactly("chensiyuan READ", "zhangli READ", "zhangli WRITE");
        assertThat(items).extracting(i -> OffsetDateTime.parse(i.get("at").asText()))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode registration = items.get(2);
        assertThat(registration.get("wayIn").asText()).isEqualTo("API");
        assertThat(registration.get("wayInName").asText()).isEqualTo("项目接口");
        assertThat(registration.get("actionName").asText()).isEqualTo("修改");
        assertThat(registration.get("method").asText()).isEqualTo("POST");
        assertThat(registration.get("path").asText()).isEqualTo("/api/cases");
        assertThat(registration.get("status").asInt()).isEqualTo(201);
        assertThat(registration.get("clientAddress").asText()).isNotBlank();
        assertThat(registration.get("at").asText()).endsWith("+08:00");
        assertThat(items.get(0).get("actionName").asText()).isEqualTo("查看");

        // the same through the case number, as the administrator
        assertThat(audit("admin", "caseRef=" + encode(caseNumber)).get("total").asLong()).isEqualTo(3);
        // filters: user, way in and action, time, paging
        assertThat(list(audit("zhaojiceng", "caseRef=" + caseId + "&userId=zhangli").get("items")))
                .extracting(i -> i.get("userId").asText()).containsExactly("zhangli", "zhangli");
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&wayIn=API&action=READ").get("total").asLong())
                .isEqualTo(2);
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&action=DOWNLOAD").get("total").asLong()).isZero();
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&wayIn=TASKLIST").get("total").asLong()).isZero();
        LocalDate today = CaseTime.today();
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&from=" + today + "&to=" + today).get("total")
                .asLong()).isEqualTo(3);
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&from=" + today.plusDays(1)).get("total").asLong())
                .isZero();
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&to=" + today.minusDays(1)).get("total").asLong())
                .isZero();
        OffsetDateTime newest = OffsetDateTime.parse(items.get(0).get("at").asText());
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&from=" + encode(newest.toString())).get("total")
                .asLong()).isEqualTo(1);
        assertThat(audit("zhaojiceng", "caseRef=" + caseId + "&to=" + encode(newest.toString())).get("total")
                .asLong()).isEqualTo(2);
        JsonNode second = audit("zhaojiceng", "caseRef=" + caseId + "&page=1&size=1");
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(list(second.get("items"))).extracting(i -> i.get("userId").asText()).containsExactly("zhangli");
        assertThat(list(audit("admin", "size=500").get("items"))).hasSizeBetween(3, 500);
        assertThat(list(audit("admin", "").get("items"))).hasSizeBetween(3, 50);

        // everyone else: 403 with a Chinese reason
        for (String user : List.of("zhangli", "chensiyuan", "songyu")) {
            HttpResponse<String> refused = get("/api/audit?caseRef=" + caseId, user);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(parse(refused.body()).get("detail").asText()).contains("审计记录");
        }
        assertThat(http().get("/api/audit", null, null).statusCode()).isEqualTo(401);

        // bad parameters: 400 naming each field, in Chinese
        HttpResponse<String> bad = get("/api/audit?from=yesterday&size=501&wayIn=EMAIL&action=DELETE&page=-1"
                + "&userId=" + "x".repeat(65), "zhaojiceng");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        Map<String, String> errors = new java.util.HashMap<>();
        parse(bad.body()).get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        assertThat(errors).containsOnlyKeys("from", "size", "wayIn", "action", "page", "userId");
        assertThat(errors.get("from")).contains("开始时间");
        assertThat(errors.get("size")).contains("每页条数", "500");
        assertThat(errors.get("wayIn")).contains("访问途径", "TASKLIST");
        assertThat(errors.get("action")).contains("操作", "DOWNLOAD");
        assertThat(errors.get("page")).contains("页码");
        assertThat(errors.get("userId")).contains("用户");
        HttpResponse<String> reversed = get("/api/audit?from=" + today + "&to=" + today.minusDays(2), "admin");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("结束时间");
        // reading the audit is itself not a case read: nothing new for the case
        assertThat(audit("zhaojiceng", "caseRef=" + caseId).get("total").asLong()).isEqualTo(3);
    }

    private JsonNode audit(String user, String query) {
        HttpResponse<String> response = get("/api/audit" + (query.isEmpty() ? "" : "?" + query), user);
        assertThat(response.statusCode()).as(user + " " + query + ": " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    // ------------------------------------------------------------------------------------------ personal data

    @Test
    void personalDataTypedIntoPathsAndQueriesIsNotKept() {
        JsonNode c = registerCase();
        String pid = c.get("processInstanceId").asText();
        String taskId = mediateTask(pid).getId();
        // numbers typed where ids belong, and as query values and names
        assertThat(get("/api/cases/" + ID_NUMBER + "/file", "zhangli").statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/engine-rest/process-instance/" + PHONE + "/variables/note", "zhangli", "demo",
                "{\"value\":\"" + PHONE + "\",\"type\":\"String\"}").statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(get("/engine-rest/task/" + taskId + "/variables?" + PHONE + "&deserializeValues=" + ID_NUMBER
                + "&maxResults=" + encode(LANDLINE), "zhangli").statusCode()).isIn(200, 400);
        assertThat(get("/engine-rest/history/detail?processInstanceId=" + pid + "&variableValue=" + encode("王春生"),
                "zhangli").statusCode()).isIn(200, 400);
        recordOf("the detail read", r -> ((String) r.get("path_text")).startsWith("/engine-rest/history/detail"));
        recordOf("the variables read", r -> ((String) r.get("path_text")).startsWith("/engine-rest/task/"));
        assertThat(records()).extracting(r -> (String) r.get("path_text")).contains(
                "/api/cases/***/file", "/engine-rest/process-instance/***/variables/note",
                "/engine-rest/task/" + taskId + "/variables?*&deserializeValues&maxResults",
                "/engine-rest/history/detail?processInstanceId=" + pid + "&variableValue");
        // the after-each check searches every record for the numbers and names
    }
}
