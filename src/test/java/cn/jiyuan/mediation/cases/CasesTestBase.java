package cn.jiyuan.mediation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.calendar.SensitivePeriodSource;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * Case intake (POST /api/cases), reading a case (GET /api/cases/{ref}) and the paths of process
 * dispute-case, through real HTTP calls against the whole platform with its demo data, on the database
 * chosen by the subclass ({@link cn.jiyuan.mediation.support.OnH2} or
 * {@link cn.jiyuan.mediation.support.OnPostgres}). The Spring context and its database are shared with the
 * other {@link DemoPlatformTest} classes, so every check on counts or case numbers is relative.
 */
@DemoPlatformTest
abstract class CasesTestBase {

    static final String KEJING = CaseRequests.KEJING;
    static final String DONGXU = CaseRequests.DONGXU;
    static final String XIXU = "419001100202";
    static final String NANHE = "419001100203";
    static final String WULONGKOU = "419001101";
    static final String WULONGKOU_VILLAGE = "419001101201";
    static final String QINYUAN = "419001001";
    static final String QINYUAN_COMMUNITY = "419001001001";
    static final String PROBLEM_JSON = "application/problem+json";

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SensitivePeriodSource sensitivePeriods;

    @BeforeEach
    void initProcessAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetProcessAssertions() {
        AbstractAssertions.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    static String idNumber(String first17) {
        return CaseRequests.idNumber(first17);
    }

    ObjectNode neighbourDispute() {
        return CaseRequests.neighbourDispute();
    }

    HttpResponse<String> post(String user, String password, String body, String idempotencyKey) {
        return CaseRequests.post(http(), user, password, body, idempotencyKey);
    }

    HttpResponse<String> post(String user, JsonNode body) {
        return post(user, "demo", body.toString(), null);
    }

    /** Posts as zhangli and expects 201. */
    JsonNode intake(JsonNode body) {
        return created(post("zhangli", body));
    }

    JsonNode created(HttpResponse<String> response) {
        return CaseRequests.created(response);
    }

    JsonNode parse(String body) {
        return CaseRequests.parse(body);
    }

    JsonNode getCase(String reference, String user, String password, int expectedStatus) {
        HttpResponse<String> response = http().get("/api/cases/" + reference, user, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return parse(response.body());
    }

    /** The field names of a 400 problem answer. */
    Set<String> badFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith(PROBLEM_JSON));
        Set<String> fields = new HashSet<>();
        parse(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    String message(HttpResponse<String> response, String field) {
        for (JsonNode e : parse(response.body()).get("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.body());
    }

    int caseCount() {
        return jdbc.queryForObject("select count(*) from case_file", Integer.class);
    }

    /** A day outside every sensitive period (the risk is the table's own) and one inside 春节 2026 (one level higher). */
    static final String ORDINARY_DAY = "2026-06-16T10:00:00";
    static final String SPRING_FESTIVAL_DAY = "2026-02-18T10:00:00";

    /** Sets the engine clock, which intake's date follows, to a moment of Jiyuan's time. */
    void registerAt(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse(localDateTime).atZone(CaseTime.ZONE)
                .toInstant()));
    }

    /** Ends the case's mediation as withdrawn: a case registered on a past day is then not left open (overdue). */
    void withdraw(String processInstanceId) {
        tasks.complete(mediationTask(processInstanceId).getId(), Map.<String, Object>of("mediationAction", "CONCLUDE",
                "outcome", "WITHDRAWN", "outcomeNotes", "申请人撤回。"));
    }

    int lastCaseNumber(String committeeCode) {
        return jdbc.query("select last_value from case_number_counter where committee_code = ? and case_year = ?",
                (rs, i) -> rs.getInt(1), committeeCode, CaseTime.today().getYear()).stream().findFirst().orElse(0);
    }

    Task mediationTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("mediate")
                .singleResult();
    }

    // ------------------------------------------------------------------------------------------ intake and triage

    @Test
    void villageNeighbourDisputeIsRegisteredAndGoesToTheVillageCommittee() {
        registerAt(ORDINARY_DAY);
        JsonNode c = intake(neighbourDispute());
        int year = CaseTime.today().getYear();
        long caseId = c.get("caseId").asLong();
        String caseNumber = c.get("caseNumber").asText();
        assertThat(caseNumber).matches("（" + year + "）克井镇东许村调字第[1-9][0-9]*号");
        assertThat(sensitivePeriods.isSensitive(CaseTime.today())).isFalse();
        assertThat(c.get("handlingLevel").asText()).isEqualTo("VILLAGE");
        assertThat(c.get("committeeCode").asText()).isEqualTo("VC419001100201");
        assertThat(c.get("committeeName").asText()).isEqualTo("克井镇东许村人民调解委员会");
        // a neighbour dispute may turn criminal (民转刑, notice 三(一)二): at least MEDIUM, on an ordinary day no more
        assertThat(c.get("riskLevel").asText()).isEqualTo("MEDIUM");
        assertThat(c.get("earlyWarning").asBoolean()).isFalse();
        assertThat(c.get("greenChannel").asBoolean()).isFalse();
        assertThat(c.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(c.get("deadline").asText()).isEqualTo("2026-07-16");

        String pid = c.get("processInstanceId").asText();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(caseNumber);
        Map<String, Object> vars = runtime.getVariables(pid);
        assertThat(vars.get("caseId")).isEqualTo(caseId);
        assertThat(vars).containsEntry("caseNumber", caseNumber).containsEntry("category", "NEIGHBOR")
                .containsEntry("townCode", KEJING).containsEntry("handlingLevel", "VILLAGE")
                .containsEntry("committeeCode", "VC419001100201").containsEntry("riskLevel", "MEDIUM")
                .containsEntry("greenChannel", false).containsEntry("earlyWarning", false)
                .containsEntry("candidateGroup", "committee-VC419001100201").containsEntry("partyRefused", false);
        assertThat(vars.get("deadline")).isInstanceOf(Date.class);
        BpmnAwareTests.assertThat(instance).isWaitingAt("mediate")
                .task().hasCandidateGroup("committee-VC419001100201").hasName("调解 " + caseNumber);

        // the village mediator sees the task through the engine REST API
        HttpResponse<String> visible = http().get("/engine-rest/task?candidateGroup=committee-VC419001100201"
                + "&processInstanceId=" + pid, "zhangli", "demo");
        assertThat(visible.statusCode()).isEqualTo(200);
        JsonNode list = parse(visible.body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("taskDefinitionKey").asText()).isEqualTo("mediate");
        assertThat(list.get(0).get("name").asText()).isEqualTo("调解 " + caseNumber);
        assertThat(list.get(0).get("priority").asInt()).isEqualTo(50);
        assertThat(list.get(0).get("due").isNull()).isFalse();
        assertThat(list.get(0).get("followUp").isNull()).isTrue();
        // a mediator of another committee does not
        assertThat(parse(http().get("/engine-rest/task?processInstanceId=" + pid, "songyu", "demo").body()))
                .isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from case_party where case_id = ?", Integer.class, caseId))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select process_instance_id from case_file where id = ?", String.class,
                caseId)).isEqualTo(pid);
        withdraw(pid);
    }

    @Test
    void aSensitivePeriodRaisesTheRiskOfAnIntakeByOneLevel() {
        // the same two disputes registered on an ordinary day and during 春节 2026 (10 to 24 February): a contract
        // dispute without risk factors (LOW by the table) and a neighbour dispute (民转刑 category: MEDIUM)
        ObjectNode contract = neighbourDispute();
        contract.put("category", "CONTRACT");
        registerAt(ORDINARY_DAY);
        assertThat(sensitivePeriods.isSensitive(CaseTime.today())).isFalse();
        assertRegisteredAs(intake(contract), "LOW", false, 50);
        assertRegisteredAs(intake(neighbourDispute()), "MEDIUM", false, 50);

        registerAt(SPRING_FESTIVAL_DAY);
        assertThat(sensitivePeriods.isSensitive(CaseTime.today())).isTrue();
        assertRegisteredAs(intake(contract), "MEDIUM", true, 50);
        // MEDIUM one level up is HIGH: an early warning, and the mediate task's priority of a HIGH risk
        JsonNode high = intake(neighbourDispute());
        assertRegisteredAs(high, "HIGH", true, 80);
        assertThat(high.get("earlyWarning").asBoolean()).isTrue();
    }

    /** The level in the answer, the case table, the process and the mediate task's priority agree. */
    private void assertRegisteredAs(JsonNode c, String riskLevel, boolean sensitive, int priority) {
        long caseId = c.get("caseId").asLong();
        String pid = c.get("processInstanceId").asText();
        assertThat(c.get("riskLevel").asText()).as(c.get("caseNumber").asText()).isEqualTo(riskLevel);
        assertThat(c.get("deadline").asText()).isEqualTo(CaseTime.today().plusDays(30).toString());
        assertThat(jdbc.queryForObject("select risk_level from case_file where id = ?", String.class, caseId))
                .isEqualTo(riskLevel);
        assertThat(jdbc.queryForObject("select sensitive_period from case_file where id = ?", Boolean.class, caseId))
                .isEqualTo(sensitive);
        assertThat(runtime.getVariable(pid, "riskLevel")).isEqualTo(riskLevel);
        assertThat(mediationTask(pid).getPriority()).isEqualTo(priority);
        withdraw(pid);
    }

    @Test
    void caseIsReadByIdAndByNumberWithPersonalDataMaskedAndItsHistory() {
        JsonNode c = intake(neighbourDispute());
        String id = c.get("caseId").asText();
        HttpResponse<String> response = post("zhangli", neighbourDispute());
        assertThat(response.headers().firstValue("Location")).hasValue(
                "/api/cases/" + parse(response.body()).get("caseId").asText());

        JsonNode byId = getCase(id, "zhangli", "demo", 200);
        assertThat(byId.get("caseNumber").asText()).isEqualTo(c.get("caseNumber").asText());
        assertThat(byId.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(byId.get("statusName").asText()).isEqualTo("已受理");
        assertThat(byId.get("categoryName").asText()).isEqualTo("邻里");
        assertThat(byId.get("villageName").asText()).isEqualTo("东许村");
        assertThat(byId.get("committeeName").asText()).isEqualTo("克井镇东许村人民调解委员会");
        assertThat(byId.get("deadline").asText()).isEqualTo(c.get("deadline").asText());
        // the handling committee sees the parties in full (its mediators call them)
        JsonNode applicant = byId.get("parties").get(0);
        assertThat(applicant.get("name").asText()).isEqualTo("王大山");
        assertThat(applicant.get("role").asText()).isEqualTo("APPLICANT");
        assertThat(applicant.get("phone").asText()).isEqualTo("13812341234");
        String fullId = idNumber("41088119800315123");
        assertThat(applicant.get("idNumber").asText()).isEqualTo(fullId);
        assertThat(applicant.get("townCode").asText()).isEqualTo(KEJING);
        assertThat(applicant.get("villageCode").asText()).isEqualTo(DONGXU);
        assertThat(byId.get("parties").get(1).get("phone").asText()).isEqualTo("0391-6612345");
        // an administrator, who does not handle the case, reads it masked
        JsonNode masked = getCase(id, "admin", "admin-secret", 200);
        assertThat(masked.get("parties").get(0).get("name").asText()).isEqualTo("王某");
        assertThat(masked.get("parties").get(0).get("phone").asText()).isEqualTo("138****1234");
        assertThat(masked.get("parties").get(0).get("idNumber").asText())
                .isEqualTo("410881********" + fullId.substring(14));
        assertThat(masked.get("parties").get(1).get("phone").asText()).isEqualTo("039****2345");
        assertThat(masked.toString()).doesNotContain(fullId, "13812341234", "6612345", "王大山");
        JsonNode entries = byId.get("history");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(entries.get(0).get("by").asText()).isEqualTo("zhangli");
        assertThat(entries.get(0).get("note").asText()).startsWith("受理登记");

        String encoded = URLEncoder.encode(c.get("caseNumber").asText(), StandardCharsets.UTF_8).replace("+", "%20");
        JsonNode byNumber = getCase(encoded, "zhangli", "demo", 200);
        assertThat(byNumber.get("caseId").asText()).isEqualTo(id);

        // who may read: the town's justice office and the administrator, not another village's committee (to
        // which the case is as unknown as a case that does not exist)
        getCase(id, "chensiyuan", "demo", 200);
        getCase(id, "admin", "admin-secret", 200);
        assertThat(getCase(id, "songyu", "demo", 404).get("status").asInt()).isEqualTo(404);

        JsonNode missing = getCase("987654321", "zhangli", "demo", 404);
        assertThat(missing.get("status").asInt()).isEqualTo(404);
        getCase(URLEncoder.encode("（2026）无此调字第1号", StandardCharsets.UTF_8), "zhangli", "demo", 404);
    }

    @Test
    void medicalDisputeGoesToTheMedicalCommittee() {
        ObjectNode body = neighbourDispute();
        body.put("category", "MEDICAL");
        body.put("summary", "患者家属认为医院手术存在过错，要求赔偿。");
        JsonNode c = intake(body);
        assertThat(c.get("handlingLevel").asText()).isEqualTo("INDUSTRY");
        assertThat(c.get("committeeCode").asText()).isEqualTo("IC-MEDICAL");
        assertThat(c.get("caseNumber").asText()).contains("济医调委调字第");
        String pid = c.get("processInstanceId").asText();
        assertThat(runtime.getVariable(pid, "candidateGroup")).isEqualTo("committee-IC-MEDICAL");
        assertThat(parse(http().get("/engine-rest/task?processInstanceId=" + pid, "zhouyining", "demo").body()))
                .hasSize(1);
        assertThat(parse(http().get("/engine-rest/task?processInstanceId=" + pid, "zhangli", "demo").body()))
                .isEmpty();
    }

    @Test
    void crossVillageGoesToTheTownAndCrossTownToTheCityCentre() {
        ObjectNode crossVillage = neighbourDispute();
        ((ObjectNode) crossVillage.get("parties").get(1)).put("villageCode", XIXU);
        JsonNode town = intake(crossVillage);
        assertThat(town.get("handlingLevel").asText()).isEqualTo("TOWN");
        assertThat(town.get("committeeCode").asText()).isEqualTo("TC419001100");

        ObjectNode crossTown = neighbourDispute();
        ((ObjectNode) crossTown.get("parties").get(1)).put("townCode", WULONGKOU);
        JsonNode city = intake(crossTown);
        assertThat(city.get("handlingLevel").asText()).isEqualTo("CITY_CENTER");
        assertThat(city.get("committeeCode").asText()).isEqualTo("CITY-CENTER");
        assertThat(runtime.getVariable(city.get("processInstanceId").asText(), "candidateGroup"))
                .isEqualTo("city-center");
        JsonNode read = getCase(city.get("caseId").asText(), "sunzhengxin", "demo", 200);
        assertThat(read.get("crossTown").asBoolean()).isTrue();
        assertThat(read.get("parties").get(1).get("townCode").asText()).isEqualTo(WULONGKOU);
        assertThat(read.get("parties").get(1).has("villageCode")).isFalse();
    }

    @Test
    void enterpriseDisputeTakesTheGreenChannel() {
        ObjectNode body = neighbourDispute();
        body.put("category", "CONTRACT");
        body.put("enterpriseRelated", true);
        JsonNode c = intake(body);
        assertThat(c.get("greenChannel").asBoolean()).isTrue();
        String pid = c.get("processInstanceId").asText();
        assertThat(runtime.getVariable(pid, "greenChannel")).isEqualTo(true);
        Task task = mediationTask(pid);
        assertThat(task.getPriority()).isEqualTo(80);
        assertThat(task.getFollowUpDate()).isEqualTo(CaseTime.endOf(WorkingDays.next(CaseTime.today())));
        assertThat(task.getDueDate()).isEqualTo(CaseTime.endOf(CaseTime.today().plusDays(30)));
    }

    @Test
    void thirtyPeopleWithThreatsOfViolenceIsCriticalWithEarlyWarning() {
        ObjectNode body = neighbourDispute();
        body.put("category", "LAND");
        body.put("peopleInvolved", 30);
        body.putArray("riskIndicators").add("VIOLENCE_THREAT");
        JsonNode c = intake(body);
        assertThat(c.get("riskLevel").asText()).isEqualTo("CRITICAL");
        assertThat(c.get("earlyWarning").asBoolean()).isTrue();
        assertThat(c.get("handlingLevel").asText()).isEqualTo("CITY_CENTER");
        assertThat(mediationTask(c.get("processInstanceId").asText()).getPriority()).isEqualTo(90);
        JsonNode read = getCase(c.get("caseId").asText(), "zhangli", "demo", 200);
        assertThat(read.get("riskIndicators").get(0).get("code").asText()).isEqualTo("VIOLENCE_THREAT");
        assertThat(read.get("riskIndicators").get(0).get("name").asText()).isEqualTo("扬言暴力或报复");
    }

    @Test
    void everyPlatformRoleMaySubmitAndAnonymousCallsAreRefused() {
        ObjectNode body = neighbourDispute();
        body.put("villageCode", NANHE);
        assertThat(created(post("admin", "admin-secret", body.toString(), null)).get("committeeCode").asText())
                .isEqualTo("VC419001100203");
        assertThat(created(post("chensiyuan", body)).get("committeeCode").asText()).isEqualTo("VC419001100203");
        int before = caseCount();
        assertThat(post(null, null, body.toString(), null).statusCode()).isEqualTo(401);
        assertThat(http().get("/api/cases/1", null, null).statusCode()).isEqualTo(401);
        assertThat(caseCount()).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------ validation

    @Test
    void missingRequiredFieldsAreAllNamed() {
        int before = caseCount();
        HttpResponse<String> response = post("zhangli", "demo", "{\"parties\":[{}]}", null);
        assertThat(badFields(response)).containsExactlyInAnyOrder("channel", "category", "summary", "townCode",
                "parties[0].name", "parties[0].role");
        assertThat(message(response, "channel")).isEqualTo("必填");
        assertThat(badFields(post("zhangli", "demo", "{}", null))).contains("parties");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void unknownCodesAndBadValuesAreAllNamed() {
        int before = caseCount();
        ObjectNode body = neighbourDispute();
        body.put("channel", "FAX");
        body.put("category", "GOSSIP");
        body.put("villageCode", QINYUAN_COMMUNITY);                   // a village of another town
        body.put("summary", "纠".repeat(2001));
        body.put("peopleInvolved", -3);
        body.put("amountInvolved", -100);
        body.put("enterpriseRelated", "yes");
        body.putArray("riskIndicators").add("VIOLENCE_THREAT").add("GOSSIP");
        ObjectNode first = (ObjectNode) body.get("parties").get(0);
        String good = idNumber("41088119800315123");
        char wrongCheck = good.charAt(17) == '1' ? '2' : '1';
        first.put("name", "王".repeat(51));
        first.put("phone", "12345");
        first.put("idNumber", good.substring(0, 17) + wrongCheck);
        ((ObjectNode) body.get("parties").get(1)).put("role", "DEFENDANT");
        ArrayNode parties = (ArrayNode) body.get("parties");
        parties.addObject().put("name", "赵").put("role", "RESPONDENT").put("idNumber", idNumber("41088119900230123"));
        parties.addObject().put("name", "钱").put("role", "RESPONDENT").put("townCode", "419009999");

        HttpResponse<String> response = post("zhangli", body);
        assertThat(badFields(response)).containsExactlyInAnyOrder("channel", "category", "summary", "villageCode",
                "peopleInvolved", "amountInvolved", "enterpriseRelated", "riskIndicators[1]", "parties[0].name",
                "parties[0].phone", "parties[0].idNumber", "parties[1].role", "parties[2].idNumber",
                "parties[3].townCode");
        assertThat(message(response, "parties[0].idNumber")).contains("校验位");
        assertThat(message(response, "parties[2].idNumber")).contains("出生日期");
        assertThat(message(response, "villageCode")).contains("不属于");
        assertThat(message(response, "amountInvolved")).contains("负数");
        assertThat(message(response, "summary")).contains("2000");
        assertThat(message(response, "channel")).contains("FAX");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void referralNeedsItsReferenceAndACaseNeedsBothSides() {
        ObjectNode body = neighbourDispute();
        body.put("channel", "COURT_REFERRAL");
        ((ObjectNode) body.get("parties").get(1)).put("role", "APPLICANT");
        assertThat(badFields(post("zhangli", body))).containsExactlyInAnyOrder("referralReference", "parties");
        body.put("referralReference", "（2026）豫9001民诉前调123号");
        ((ObjectNode) body.get("parties").get(1)).put("role", "RESPONDENT");
        assertThat(intake(body).get("caseId").asLong()).isPositive();
    }

    @Test
    void malformedJsonIsNamedAsTheBody() {
        HttpResponse<String> response = post("zhangli", "demo", "{\"channel\": \"WALK_IN\",", null);
        assertThat(badFields(response)).containsExactly("(body)");
        assertThat(badFields(post("zhangli", "demo", "[1, 2]", null))).containsExactly("(body)");
    }

    // ------------------------------------------------------------------------------------------ idempotency

    @Test
    void retryWithTheSameKeyReturnsTheFirstResultAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        int before = caseCount();
        HttpResponse<String> first = post("zhangli", "demo", neighbourDispute().toString(), key);
        // the same case again, with other formatting and property order
        ObjectNode reordered = json.createObjectNode();
        List<String> names = new ArrayList<>();
        neighbourDispute().fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reordered.set(n, neighbourDispute().get(n)));
        HttpResponse<String> retry = post("zhangli", "demo", reordered.toPrettyString(), key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(parse(retry.body())).isEqualTo(created(first));
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(caseCount()).isEqualTo(before + 1);

        // the same key with another body: 422, nothing created
        ObjectNode other = neighbourDispute();
        other.put("summary", "另一起纠纷");
        HttpResponse<String> conflict = post("zhangli", "demo", other.toString(), key);
        assertThat(conflict.statusCode()).isEqualTo(422);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith(PROBLEM_JSON));
        // keys belong to their user: another user's request with the same key is a case of its own
        assertThat(created(post("wangjun", "demo", neighbourDispute().toString(), key)).get("caseId"))
                .isNotEqualTo(parse(first.body()).get("caseId"));
        assertThat(caseCount()).isEqualTo(before + 2);
    }

    @Test
    void concurrentRetriesWithTheSameKeyCreateOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = caseCount();
        String body = neighbourDispute().toString();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("zhangli", "demo", body, key);
                }));
            }
            start.countDown();
            Set<String> caseIds = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                caseIds.add(created(answer.get()).get("caseId").asText());
            }
            assertThat(caseIds).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(caseCount()).isEqualTo(before + 1);
    }

    // ------------------------------------------------------------------------------------------ case numbers

    @Test
    void concurrentIntakeIntoOneCommitteeGetsGaplessUniqueNumbers() throws Exception {
        int year = CaseTime.today().getYear();
        String committee = "VC419001101201";
        int last = lastCaseNumber(committee);
        ObjectNode body = neighbourDispute();
        body.put("townCode", WULONGKOU);
        body.put("villageCode", WULONGKOU_VILLAGE);
        String text = body.toString();
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        // the hotline of the city centre registers disputes of every town
                        numbers.add(created(post("sunzhengxin", "demo", text, null)).get("caseNumber").asText());
                    }
                    return numbers;
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<List<String>> result : results) {
                numbers.addAll(result.get());
            }
            assertThat(numbers).hasSize(threads * perThread).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        List<Integer> sequence = jdbc.queryForList("select sequence_no from case_file where committee_code = ?"
                + " and case_year = ? order by sequence_no", Integer.class, committee, year);
        assertThat(sequence).containsExactlyElementsOf(
                IntStream.rangeClosed(1, last + threads * perThread).boxed().toList());
        assertThat(jdbc.queryForObject("select last_value from case_number_counter where committee_code = ?"
                + " and case_year = ?", Integer.class, committee, year)).isEqualTo(last + threads * perThread);
        assertThat(jdbc.queryForList("select case_number from case_file where committee_code = ? and case_year = ?"
                + " and sequence_no = ?", String.class, committee, year, last + 1))
                .containsExactly(CaseNumber.format(year, "五龙口镇五龙口村", last + 1));
    }

    @Test
    void aFailedIntakeLeavesNothingAndConsumesNoNumber() {
        // the case process cannot start (an administrator suspended it): the intake fails after the number was
        // drawn and the case written, inside the transaction, and everything is rolled back
        repository.suspendProcessDefinitionByKey("dispute-case");
        ObjectNode body = neighbourDispute();
        body.put("villageCode", XIXU);
        int cases = caseCount();
        int parties = jdbc.queryForObject("select count(*) from case_party", Integer.class);
        int last = lastCaseNumber("VC419001100202");
        try {
            HttpResponse<String> failed = post("zhangli", "demo", body.toString(), "failed-key-" + UUID.randomUUID());
            assertThat(failed.statusCode()).as(failed.body()).isGreaterThanOrEqualTo(500);
            assertThat(caseCount()).isEqualTo(cases);
            assertThat(jdbc.queryForObject("select count(*) from case_party", Integer.class)).isEqualTo(parties);
            assertThat(jdbc.queryForObject("select count(*) from api_idempotency where idempotency_key like "
                    + "'failed-key-%'", Integer.class)).isZero();
            assertThat(lastCaseNumber("VC419001100202")).isEqualTo(last);
        } finally {
            repository.activateProcessDefinitionByKey("dispute-case");
        }
        assertThat(intake(body).get("caseNumber").asText()).endsWith("西许村调字第" + (last + 1) + "号");
    }

    @Test
    void whoRegistersWhere() {
        // a committee registers its own town's disputes; a stranger to every committee nothing
        ObjectNode qinyuan = neighbourDispute();
        qinyuan.put("townCode", QINYUAN);
        qinyuan.put("villageCode", QINYUAN_COMMUNITY);
        int cases = caseCount();
        HttpResponse<String> elsewhere = post("zhangli", "demo", qinyuan.toString(), null);
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(403);
        assertThat(parse(elsewhere.body()).get("detail").asText()).contains("只能登记本辖区（克井镇）");
        String userId = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(userId);
        user.setPassword("probe-secret");
        identity.saveUser(user);
        try {
            assertThat(post(userId, "probe-secret", neighbourDispute().toString(), null).statusCode()).isEqualTo(403);
        } finally {
            identity.deleteUser(userId);
        }
        assertThat(caseCount()).isEqualTo(cases);
        // the city centre and an industry committee register anywhere
        created(post("sunzhengxin", "demo", qinyuan.toString(), null));
        created(post("wujiaotong", "demo", qinyuan.toString(), null));
    }

    // ------------------------------------------------------------------------------------------ process paths

    @Test
    void aPartyWhoRefusesEndsTheCaseWithGuidance() {
        ObjectNode body = neighbourDispute();
        ((ObjectNode) body.get("parties").get(1)).put("consent", false);
        JsonNode c = intake(body);
        assertThat(c.get("status").asText()).isEqualTo("REFUSED");
        String pid = c.get("processInstanceId").asText();
        BpmnAwareTests.assertThat(ended(pid)).isEnded()
                .hasPassedInOrder("caseRegistered", "partyRefusedGateway", "recordRefusal", "partyRefusedEnd")
                .hasNotPassed("mediate");
        assertThat(tasks.createTaskQuery().processInstanceId(pid).count()).isZero();

        JsonNode read = getCase(c.get("caseId").asText(), "zhangli", "demo", 200);
        assertThat(read.get("status").asText()).isEqualTo("REFUSED");
        assertThat(read.get("parties").get(1).get("consent").asBoolean()).isFalse();
        JsonNode entries = read.get("history");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(entries.get(1).get("status").asText()).isEqualTo("REFUSED");
        assertThat(entries.get(1).get("note").asText()).contains("第十七条", "仲裁、行政、司法");
    }

    // the outcomes and every later path of dispute-case: MediationLifecycleTestBase

    /** A finished process instance, for the process assertions (which take a ProcessInstance). */
    private ProcessInstance ended(String processInstanceId) {
        HistoricProcessInstance h = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return new ProcessInstance() {
            @Override
            public String getProcessDefinitionId() {
                return h.getProcessDefinitionId();
            }

            @Override
            public String getBusinessKey() {
                return h.getBusinessKey();
            }

            @Override
            public String getRootProcessInstanceId() {
                return h.getRootProcessInstanceId();
            }

            @Override
            public String getCaseInstanceId() {
                return h.getCaseInstanceId();
            }

            @Override
            public boolean isSuspended() {
                return false;
            }

            @Override
            public String getId() {
                return h.getId();
            }

            @Override
            public boolean isEnded() {
                return h.getEndTime() != null;
            }

            @Override
            public String getProcessInstanceId() {
                return h.getId();
            }

            @Override
            public String getTenantId() {
                return h.getTenantId();
            }

            @Override
            public String getProcessDefinitionKey() {
                return h.getProcessDefinitionKey();
            }
        };
    }
}
