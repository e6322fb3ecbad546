package cn.jiyuan.mediation.forms.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.forms.FormDefinition;
import cn.jiyuan.mediation.forms.FormField;

/** The option lists in a form schema, in its variables and as the check of a submission, without the platform. */
class FormOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEJING = "419001100";
    private static final List<FormOption> TOWNS = List.of(FormOption.of("克井镇", KEJING));
    private static final List<FormOption> VILLAGES = List.of(
            new FormOption("镇(街道)调委会受理（不选村）", "TOWN_LEVEL", "townCode", KEJING, true),
            new FormOption("东许村", "419001100201", "townCode", KEJING, false),
            new FormOption("沁园\"社区\"", "419001001001", "townCode", "419001001", false));
    private static final Map<String, List<FormOption>> LISTS = Map.of("townOptions", TOWNS,
            "villageOptions", VILLAGES);
    private static final FormDefinition FORM = new FormDefinition("case-intake", Map.of(
            "townCode", new FormField("townCode", "select", false, List.of(), "镇(街道)", "townOptions", null),
            "villageCode", new FormField("villageCode", "select", false, List.of(), "村(社区)", null,
                    "=villageOptions[item.parent = townCode]")));
    private static final FormOptions OPTIONS = new FormOptions(List.of(new FormOptionSource() {
        @Override
        public Set<String> keys() {
            return LISTS.keySet();
        }

        @Override
        public Map<String, List<FormOption>> options(Collection<String> groups) {
            return LISTS;
        }
    }));

    @Test
    void theSchemaGetsTheListsWrittenIn() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"id":"case-intake","components":[
                 {"type":"select","key":"townCode","valuesKey":"townOptions","validate":{"required":true}},
                 {"type":"select","key":"villageCode","valuesExpression":"=villageOptions[item.parent = townCode]"}]}
                """);
        assertThat(OPTIONS.of(FORM, List.of())).containsOnlyKeys("townOptions", "villageOptions");
        JsonNode inlined = OPTIONS.inline(schema, OPTIONS.of(FORM, List.of()));
        JsonNode town = inlined.path("components").get(0);
        assertThat(town.has("valuesKey")).isFalse();
        assertThat(town.path("values").toString()).isEqualTo("[{\"label\":\"克井镇\",\"value\":\"419001100\"}]");
        assertThat(town.path("defaultValue").asText()).isEqualTo(KEJING);
        assertThat(inlined.path("components").get(1).path("valuesExpression").asText()).isEqualTo(
                "=[{label: \"镇(街道)调委会受理（不选村）\", value: \"TOWN_LEVEL\", parent: \"419001100\"}, "
                        + "{label: \"东许村\", value: \"419001100201\", parent: \"419001100\"}, "
                        + "{label: \"沁园\\\"社区\\\"\", value: \"419001001001\", parent: \"419001001\"}]"
                        + "[item.parent = townCode]");
        assertThat(schema.path("components").get(0).has("valuesKey")).as("the original is left alone").isTrue();
    }

    @Test
    void aSubmissionMustPickFromTheListsAndMatchTheTown() throws Exception {
        assertThat(check("{\"townCode\":{\"value\":\"419001100\"},\"villageCode\":{\"value\":\"419001100201\"}}"))
                .isEmpty();
        assertThat(check("{\"townCode\":{\"value\":\"419001100\"},\"villageCode\":{\"value\":\"419001001001\"}}"))
                .hasValue("“村(社区)”的“沁园\"社区\"”不属于所选的镇(街道)");
        assertThat(check("{\"townCode\":{\"value\":\"419001100\"},\"villageCode\":{\"value\":\"1\"}}"))
                .hasValue("“村(社区)”只能从列表中选择，“1”不在您可选的范围内");
        assertThat(check("{\"townCode\":{\"value\":\"419001100\"},\"villageCode\":{\"value\":\"\"}}").get())
                .startsWith("请选择“村(社区)”");
        ObjectNode townLevel = (ObjectNode) JSON.readTree(
                "{\"townCode\":{\"value\":\"419001100\"},\"villageCode\":{\"value\":\"TOWN_LEVEL\"}}");
        assertThat(OPTIONS.check(FORM, townLevel, LISTS, true)).isEmpty();
        assertThat(townLevel.path("villageCode").toString()).isEqualTo("{\"value\":null,\"type\":\"Null\"}");
    }

    @Test
    void theVariablesCarryTheListsAndShowAStoredNoneAsTheChoiceMade() throws Exception {
        ObjectNode variables = (ObjectNode) JSON.readTree("""
                {"townCode":{"type":"String","value":"419001100","valueInfo":{}},
                 "villageCode":{"type":"Null","value":null,"valueInfo":{}}}""");
        OPTIONS.addTo(variables, FORM, LISTS, null);
        assertThat(variables.path("villageCode").path("value").asText()).isEqualTo("TOWN_LEVEL");
        assertThat(variables.path("townOptions").path("type").asText()).isEqualTo("Json");
        assertThat(JSON.readTree(variables.path("villageOptions").path("value").asText()).get(1).toString())
                .isEqualTo("{\"label\":\"东许村\",\"value\":\"419001100201\",\"parent\":\"419001100\"}");
    }

    private static Optional<String> check(String variables) throws Exception {
        return OPTIONS.check(FORM, (ObjectNode) JSON.readTree(variables), LISTS, true);
    }
}
