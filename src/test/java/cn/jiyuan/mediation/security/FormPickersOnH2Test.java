package cn.jiyuan.mediation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * The place and code pickers of the forms (issue 11), through the engine API guard as Tasklist and API clients
 * call it: the intake form offers the towns a registrar may register and their villages (with the town committee
 * as an explicit choice), the code lists come from the enums, a value outside the user's options is refused in
 * Chinese naming the field, and no option list is ever stored in the engine.
 */
class FormPickersOnH2Test extends SecurityTestBase {

    private static final String INTAKE_VARIABLES = "/engine-rest/process-definition/key/case-intake/form-variables";
    private static final String INTAKE_START = "process-definition/key/case-intake/submit-form";

    @Autowired
    OrganizationRepository registry;
    @Autowired
    HistoryService history;

    @Test
    void theIntakeFormOffersTheTownsAndVillagesInTheUsersScope() {
        // a village mediator of 克井镇东许村 and the justice office of 克井镇: 克井镇 only
        for (String user : List.of("zhangli", "chensiyuan")) {
            JsonNode variables = json(get(user, INTAKE_VARIABLES));
            assertThat(values(variables, "townOptions")).as(user).containsExactly(KEJING);
            JsonNode villages = list(variables, "villageOptions");
            assertThat(villages.findValuesAsText("parent")).as(user).containsOnly(KEJING);
            assertThat(villages.findValuesAsText("value")).as(user)
                    .startsWith("TOWN_LEVEL").contains(DONGXU).doesNotContain(QINYUAN_COMMUNITY)
                    .containsAll(registry.findUnits(UnitLevel.VILLAGE, KEJING).stream().map(u -> u.code()).toList());
            assertThat(villages.get(0).path("label").asText()).isEqualTo("镇(街道)调委会受理（不选村）");
        }
        // the justice office of 沁园街道: its own town
        assertThat(values(json(get("caogang", INTAKE_VARIABLES)), "townOptions")).containsExactly(QINYUAN);
        // the grassroots section registers anywhere in the city
        JsonNode city = json(get("zhaojiceng", INTAKE_VARIABLES));
        assertThat(values(city, "townOptions")).containsExactlyElementsOf(
                registry.findUnits(UnitLevel.TOWN, null).stream().map(u -> u.code()).toList());
        assertThat(values(city, "villageOptions")).contains(DONGXU, QINYUAN_COMMUNITY);

        // the code lists are the enums', and the option lists hold no person
        JsonNode variables = json(get("zhangli", INTAKE_VARIABLES));
        assertThat(values(variables, "categoryOptions")).containsExactlyElementsOf(
                Arrays.stream(DisputeCategory.values()).map(Enum::name).toList());
        assertThat(list(variables, "categoryOptions").findValuesAsText("label")).containsExactlyElementsOf(
                Arrays.stream(DisputeCategory.values()).map(DisputeCategory::label).toList());
        assertThat(values(variables, "riskIndicatorOptions")).containsExactlyElementsOf(
                Arrays.stream(RiskIndicator.values()).map(Enum::name).toList());
        assertThat(values(variables, "intakeChannelOptions")).containsExactly("SCREENING", "WALK_IN", "HOTLINE");
        assertThat(list(variables, "intakeChannelOptions").findValuesAsText("label"))
                .containsExactly("排查发现", "来访", "12348热线");
        assertThat(variables.toString()).doesNotContain("张丽").doesNotContain("1380389");
    }

    @Test
    void tasklistGetsTheOptionsWrittenIntoTheStartFormItLoadsWithoutVariables() {
        WebappSession tasklist = webapp("tasklist", "zhangli");
        String definition = repositoryDefinition("case-intake");
        HttpResponse<String> form = tasklist.get(WebappSession.engine(
                "process-definition/" + definition + "/deployed-start-form"));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        JsonNode town = component(json(form), "townCode");
        assertThat(town.has("valuesKey")).isFalse();
        assertThat(town.path("values").findValuesAsText("value")).containsExactly(KEJING);
        assertThat(town.path("defaultValue").asText()).as("the only town is preselected").isEqualTo(KEJING);
        String villages = component(json(form), "villageCode").path("valuesExpression").asText();
        assertThat(villages).startsWith("=[{label: \"镇(街道)调委会受理（不选村）\", value: \"TOWN_LEVEL\", parent: \""
                + KEJING + "\"}").contains("value: \"" + DONGXU + "\"").endsWith("][item.parent = townCode]")
                .doesNotContain(QINYUAN_COMMUNITY);
        assertThat(component(json(form), "category").path("values")).hasSize(DisputeCategory.values().length);

        // the screening campaign of a justice office covers its own town only
        HttpResponse<String> campaign = webapp("tasklist", "chensiyuan").get(WebappSession.engine(
                "process-definition/" + repositoryDefinition("screening-campaign") + "/deployed-start-form"));
        assertThat(component(json(campaign), "townCodes").path("values").findValuesAsText("value"))
                .containsExactly(KEJING);
    }

    @Test
    void aPlaceOutsideTheUsersOptionsIsRefusedNamingTheField() {
        long instances = intakeInstances();
        WebappSession tasklist = webapp("tasklist", "zhangli");
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(QINYUAN_COMMUNITY, "村(社区)");        // a village of another town
        refusals.put("419001100999", "村(社区)");           // no such village
        for (Map.Entry<String, String> village : refusals.entrySet()) {
            HttpResponse<String> refused = tasklist.post(WebappSession.engine(INTAKE_START),
                    submission(intake(KEJING, village.getKey(), "13700002221")));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertChineseProblem(refused);
            assertThat(json(refused).path("message").asText()).contains(village.getValue());
        }
        HttpResponse<String> otherTown = post("zhangli", "/engine-rest/" + INTAKE_START,
                submission(intake(QINYUAN, QINYUAN_COMMUNITY, "13700002222")));
        assertThat(otherTown.statusCode()).as(otherTown.body()).isEqualTo(400);
        assertThat(json(otherTown).path("message").asText()).contains("镇(街道)").contains(QINYUAN);
        Map<String, Object> noVillage = intake(KEJING, null, "13700002223");
        HttpResponse<String> empty = post("zhangli", "/engine-rest/" + INTAKE_START, submission(noVillage));
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(json(empty).path("message").asText()).contains("请选择“村(社区)”").contains("不选村");
        assertThat(intakeInstances()).as("nothing started").isEqualTo(instances);
    }

    @Test
    void theTownCommitteeIsAnExplicitChoiceAndNoOptionListIsStored() {
        WebappSession tasklist = webapp("tasklist", "zhangli");
        // a badly typed phone number: the registrar gets the correction task with the same form
        Map<String, Object> values = intake(KEJING, "TOWN_LEVEL", "12345");
        values.put("townOptions", List.of(Map.of("label", "伪造", "value", QINYUAN)));  // echoed back: dropped
        HttpResponse<String> started = tasklist.post(WebappSession.engine(INTAKE_START), submission(values));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = json(started).path("id").asText();
        assertThat(runtime.getVariable(instance, "villageCode")).as("the town level is stored as no village").isNull();
        Task correct = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("correctIntake")
                .singleResult();
        assertThat(correct).isNotNull();

        JsonNode form = json(tasklist.get(WebappSession.engine("task/" + correct.getId() + "/form-variables")));
        assertThat(form.path("villageCode").path("value").asText()).as("shown as the choice made")
                .isEqualTo("TOWN_LEVEL");
        assertThat(values(form, "townOptions")).containsExactly(KEJING);

        Map<String, Object> corrected = intake(KEJING, "TOWN_LEVEL", "1370000" + String.format("%04d",
                (int) (System.nanoTime() % 10000)));
        corrected.put("villageOptions", "[]");
        HttpResponse<String> done = tasklist.post(WebappSession.engine("task/" + correct.getId() + "/submit-form"),
                submission(corrected));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        Object caseId = history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("caseId").singleResult().getValue();
        Map<String, Object> registered = jdbc.queryForMap("select town_code, village_code, committee_code "
                + "from case_file where id = ?", caseId);
        assertThat(registered.get("town_code")).isEqualTo(KEJING);
        assertThat(registered.get("village_code")).isNull();
        assertThat(registered.get("committee_code")).isEqualTo("TC" + KEJING);

        List<String> stored = new ArrayList<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
                .forEach(v -> stored.add(v.getName()));
        assertThat(stored).doesNotContain("townOptions", "villageOptions", "categoryOptions",
                "intakeChannelOptions", "riskIndicatorOptions");
        assertThat(count("select count(*) from ACT_HI_VARINST where NAME_ like '%Options'")).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private String repositoryDefinition(String key) {
        return jdbc.queryForObject("select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc "
                + "fetch first 1 rows only", String.class, key);
    }

    private long intakeInstances() {
        return count("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_ "
                + "where d.KEY_ = 'case-intake'");
    }

    private static Map<String, Object> intake(String town, String village, String phone) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", "WALK_IN");
        form.put("category", "NEIGHBOR");
        form.put("summary", "邻里排水沟纠纷");
        form.put("townCode", town);
        if (village != null) {
            form.put("villageCode", village);
        }
        form.put("applicantName", "孙三");
        form.put("applicantPhone", phone);
        form.put("respondentName", "李四");
        form.put("respondentPhone", "0391-6612345");
        form.put("peopleInvolved", 2);
        return form;
    }

    /** A JSON list variable of form-variables (its value is JSON text). */
    private static JsonNode list(JsonNode variables, String name) {
        JsonNode variable = variables.path(name);
        assertThat(variable.path("type").asText()).as(name).isEqualTo("Json");
        try {
            return JSON.readTree(variable.path("value").asText());
        } catch (Exception e) {
            throw new AssertionError(name + " is not JSON: " + variable, e);
        }
    }

    private static List<String> values(JsonNode variables, String name) {
        List<String> values = new ArrayList<>();
        list(variables, name).forEach(o -> values.add(o.path("value").asText()));
        return values;
    }

    private static JsonNode component(JsonNode schema, String key) {
        List<JsonNode> found = new ArrayList<>();
        schema.findParents("key").stream().filter(c -> key.equals(c.path("key").asText())).forEach(found::add);
        assertThat(found).as("field " + key).hasSize(1);
        return found.get(0);
    }
}
