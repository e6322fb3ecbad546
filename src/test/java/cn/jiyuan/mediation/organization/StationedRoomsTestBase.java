package cn.jiyuan.mediation.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * Mediation rooms stationed at police stations and courts (派驻人民调解工作室, the notice's 三(四)) end to end on the
 * database of the subclass, with the demo's rooms: 克井派出所派驻人民调解工作室 ({@value #POLICE_ROOM}, in 克井镇, director
 * 申明理) and 济源市人民法院诉调对接人民调解工作室 ({@value #COURT_ROOM}, in the city, director 贺雪琴). A room's intake form
 * proposes its host's channel and asks for the host's reference; what it registers it keeps unless the risk calls for
 * the city centre; its cases are supervised by its town's justice office, handed over to its town's committee, and
 * counted per committee type in the statistics, the ledger and the provincial export.
 */
@DemoPlatformTest
abstract class StationedRoomsTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEJING = "419001100";
    static final String QINYUAN = "419001001";
    static final String POLICE_ROOM = "PR419001100";
    static final String COURT_ROOM = "CR419001";
    static final String INTAKE_FORM = "process-definition/key/case-intake/deployed-start-form";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPoliceStationsRoomRegistersAPoliceReferralKeepsItAndIsSupervisedByItsTown() throws IOException {
        // the intake form proposes 警调对接 to the room's mediator, and only to her
        JsonNode roomForm = json(WebappSession.login(port, "tasklist", "shenmingli", "demo")
                .get(WebappSession.engine(INTAKE_FORM)).body());
        JsonNode channel = component(roomForm, "channel");
        assertThat(channel.path("defaultValue").asText()).isEqualTo("POLICE_REFERRAL");
        assertThat(channel.path("values").findValuesAsText("value")).containsExactly("POLICE_REFERRAL", "SCREENING",
                "WALK_IN", "HOTLINE");
        assertThat(component(roomForm, "referralReference").path("label").asText()).contains("移送编号");
        assertThat(component(roomForm, "townCode").path("values").findValuesAsText("value")).containsExactly(KEJING);
        JsonNode villageForm = json(WebappSession.login(port, "tasklist", "zhangli", "demo")
                .get(WebappSession.engine(INTAKE_FORM)).body());
        assertThat(component(villageForm, "channel").has("defaultValue")).isFalse();
        assertThat(component(villageForm, "channel").path("values").findValuesAsText("value"))
                .doesNotContain("POLICE_REFERRAL");

        // the Tasklist form: the room registers the police's referral with its reference; a village committee cannot
        Map<String, Object> intake = intake("POLICE_REFERRAL", "克公（警调）字〔2026〕第17号", "派出所接警后引导调解");
        HttpResponse<String> byVillage = http().post("/engine-rest/" + "process-definition/key/case-intake/submit-form",
                "zhangli", "demo", submission(intake));
        assertThat(byVillage.statusCode()).as(byVillage.body()).isEqualTo(400);
        HttpResponse<String> started = http().post("/engine-rest/process-definition/key/case-intake/submit-form",
                "shenmingli", "demo", submission(intake));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String intakeId = json(started.body()).path("id").asText();
        Map<String, Object> registered = new LinkedHashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(intakeId).list().stream()
                .filter(v -> v.getValue() != null).forEach(v -> registered.put(v.getName(), v.getValue()));
        assertThat(registered).containsEntry("committeeCode", POLICE_ROOM).containsEntry("handlingLevel", "STATIONED");
        long formCase = ((Number) registered.get("caseId")).longValue();
        assertThat(jdbc.queryForMap("select channel, referral_reference, case_number from case_file where id = ?",
                formCase)).containsEntry("channel", "POLICE_REFERRAL")
                .containsEntry("referral_reference", "克公（警调）字〔2026〕第17号");

        // the API: the room's channel is 警调对接 unless the request names another, and it needs the police's reference
        ObjectNode withoutReference = CaseRequests.dispute().marker("派驻工作室登记").json();
        withoutReference.remove("channel");
        HttpResponse<String> refused = CaseRequests.post(http(), "shenmingli", "demo", withoutReference.toString(), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).path("errors").findValuesAsText("field")).containsExactly("referralReference");
        HttpResponse<String> noChannel = CaseRequests.post(http(), "zhangli", "demo", withoutReference.toString(), null);
        assertThat(json(noChannel.body()).path("errors").findValuesAsText("field")).as("a committee has no default")
                .containsExactly("channel");
        JsonNode c = CaseRequests.register(http(), "shenmingli", "demo",
                withoutReference.put("referralReference", "克公（警调）字〔2026〕第18号"));
        assertThat(c.get("handlingLevel").asText()).isEqualTo("STATIONED");
        assertThat(c.get("committeeCode").asText()).isEqualTo(POLICE_ROOM);
        assertThat(c.get("caseNumber").asText()).contains("克井派出所调解室调字第");
        assertThat(jdbc.queryForObject("select channel from case_file where id = ?", String.class,
                c.get("caseId").asLong())).isEqualTo("POLICE_REFERRAL");
        String pid = c.get("processInstanceId").asText();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(instance.getTenantId()).isEqualTo(KEJING);
        Task mediate = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate").singleResult();
        assertThat(tasks.createTaskQuery().taskId(mediate.getId()).taskCandidateGroup("committee-" + POLICE_ROOM).count())
                .isEqualTo(1);
        assertThat(http().get("/engine-rest/task?processInstanceId=" + pid, "shenmingli", "demo").body())
                .contains(mediate.getId());
        assertThat(http().get("/engine-rest/task?processInstanceId=" + pid, "zhangli", "demo").body()).isEqualTo("[]");
        // its town's justice office supervises it, another town's does not see it
        assertThat(http().get("/api/cases/" + c.get("caseId").asLong(), "chensiyuan", "demo").statusCode())
                .isEqualTo(200);
        assertThat(http().get("/api/cases/" + c.get("caseId").asLong(), "caogang", "demo").statusCode())
                .isIn(403, 404);

        // a critical dispute goes to the city centre even from the room; a dispute of another town is not the room's
        JsonNode critical = CaseRequests.register(http(), "shenmingli", "demo", CaseRequests.criticalDispute()
                .marker("派驻工作室重大").json().put("channel", "POLICE_REFERRAL").put("referralReference", "克公第19号"));
        assertThat(critical.get("handlingLevel").asText()).isEqualTo("CITY_CENTER");
        HttpResponse<String> elsewhere = CaseRequests.post(http(), "shenmingli", "demo", CaseRequests.dispute()
                .place(QINYUAN, "419001001001").json().put("channel", "WALK_IN").toString(), null);
        assertThat(elsewhere.statusCode()).isIn(400, 403);
        assertThat(elsewhere.body()).contains("本辖区");

        // handed over, the room's case goes to its town's committee
        String handOver = "{\"variables\":{\"mediationAction\":{\"value\":\"HAND_OVER\"},"
                + "\"handOverReason\":{\"value\":\"涉及多户，移交镇调委会\"}}}";
        HttpResponse<String> handed = http().post("/engine-rest/task/" + mediate.getId() + "/complete", "shenmingli",
                "demo", handOver);
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(204);
        assertThat(jdbc.queryForMap("select committee_code, handling_level from case_file where id = ?",
                c.get("caseId").asLong())).containsEntry("committee_code", "TC419001100")
                .containsEntry("handling_level", "TOWN");
    }

    @Test
    void aCourtsRoomInTheCityRegistersAnywhereAndItsCasesAreCountedPerCommitteeType() throws IOException {
        JsonNode courtForm = json(WebappSession.login(port, "tasklist", "hexueqin", "demo")
                .get(WebappSession.engine(INTAKE_FORM)).body());
        assertThat(component(courtForm, "channel").path("defaultValue").asText()).isEqualTo("COURT_REFERRAL");
        assertThat(component(courtForm, "townCode").path("values")).hasSize(16);

        JsonNode c = CaseRequests.register(http(), "hexueqin", "demo", CaseRequests.dispute().marker("诉前委派调解")
                .place(QINYUAN, "419001001001").json().put("channel", "COURT_REFERRAL")
                .put("referralReference", "（2026）豫9001诉前调1号"));
        assertThat(c.get("handlingLevel").asText()).isEqualTo("STATIONED");
        assertThat(c.get("committeeCode").asText()).isEqualTo(COURT_ROOM);
        long caseId = c.get("caseId").asLong();
        // the town's justice office supervises the city room's case in its town
        assertThat(http().get("/api/cases/" + caseId, "caogang", "demo").statusCode()).isEqualTo(200);

        // the room withdraws it: the month's provincial export reports the room's type and the court as the source
        Task mediate = tasks.createTaskQuery().processInstanceId(c.get("processInstanceId").asText())
                .taskDefinitionKey("mediate").singleResult();
        String withdraw = "{\"variables\":{\"mediationAction\":{\"value\":\"CONCLUDE\"},\"outcome\":{\"value\":"
                + "\"WITHDRAWN\"},\"outcomeNotes\":{\"value\":\"申请人撤回调解申请\"}}}";
        HttpResponse<String> done = http().post("/engine-rest/task/" + mediate.getId() + "/complete", "hexueqin", "demo",
                withdraw);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        String csv = http().get("/api/exports/provincial?month=" + YearMonth.from(CaseTime.today()) + "&format=csv",
                "zhaojiceng", "demo").body();
        String row = csv.lines().filter(l -> l.startsWith(c.get("caseNumber").asText() + ",")).findFirst()
                .orElseThrow();
        assertThat(row).contains(",济源市人民法院诉调对接人民调解工作室,派驻调解工作室,法院派驻人民调解工作室,",
                ",03,人民法院委托移送,诉调对接,", ",03,终止调解（当事人撤回）,,");

        // the statistics count the cases per committee type, as the ledger lists them
        String today = CaseTime.today().toString();
        JsonNode overview = json(http().get("/api/statistics/overview?from=" + today + "&to=" + today, "zhaojiceng",
                "demo").body());
        Map<String, Long> byType = new LinkedHashMap<>();
        overview.get("byCommitteeType").forEach(f -> byType.put(f.get("code").asText(), f.get("count").asLong()));
        assertThat(byType.keySet()).containsExactly("VILLAGE", "TOWN", "INDUSTRY", "CITY_CENTER", "COURT_ROOM",
                "POLICE_ROOM", "PETITION_ROOM");
        assertThat(byType.get("COURT_ROOM")).isPositive();
        for (Map.Entry<String, Long> type : byType.entrySet()) {
            assertThat(ledgerTotal("zhaojiceng", "from=" + today + "&to=" + today + "&committeeType=" + type.getKey()))
                    .as(type.getKey()).isEqualTo(type.getValue());
        }
        long stationed = count(overview.get("byHandlingLevel"), "STATIONED");
        assertThat(stationed).isPositive().isEqualTo(ledgerTotal("zhaojiceng", "from=" + today + "&to=" + today
                + "&handlingLevel=STATIONED"));
        assertThat(overview.get("byHandlingLevel").toString()).contains("派驻调解工作室");
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    long ledgerTotal(String user, String query) throws IOException {
        HttpResponse<String> response = http().get("/api/ledger/cases?" + query, user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).get("total").asLong();
    }

    static long count(JsonNode figures, String code) {
        for (JsonNode f : figures) {
            if (f.get("code").asText().equals(code)) {
                return f.get("count").asLong();
            }
        }
        throw new AssertionError("no figure " + code + " in " + figures);
    }

    /** The Tasklist intake form of a dispute in 克井镇东许村, as the room's mediator fills it in. */
    static Map<String, Object> intake(String channel, String reference, String marker) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", channel);
        form.put("referralReference", reference);
        form.put("category", "NEIGHBOR");
        form.put("summary", "两户因宅前停车发生口角，" + marker + "。");
        form.put("townCode", KEJING);
        form.put("villageCode", "419001100201");
        form.put("applicantName", "周六");
        form.put("applicantPhone", "13700003331");
        form.put("respondentName", "吴七");
        form.put("respondentPhone", "13700003332");
        return form;
    }

    static String submission(Map<String, Object> values) {
        ObjectNode vars = JSON.createObjectNode();
        values.forEach((name, value) -> vars.putObject(name).put("value", String.valueOf(value)).put("type", "String"));
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", vars);
        return body.toString();
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    static JsonNode component(JsonNode schema, String key) {
        List<JsonNode> found = new ArrayList<>();
        schema.findParents("key").stream().filter(c -> key.equals(c.path("key").asText())).forEach(found::add);
        assertThat(found).as("field " + key).hasSize(1);
        return found.get(0);
    }
}
