package cn.jiyuan.mediation.security.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.forms.FormDefinition;
import cn.jiyuan.mediation.forms.FormInputException;

/**
 * A form rule refused by the platform answers 400 with its Chinese message and the field it concerns (key and
 * component id), never the engine's "Cannot submit task form <id>: ENGINE-…" text: Tasklist's form script shows
 * the message under that field.
 */
class FormRuleFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FormCatalog forms = new FormCatalog();

    /** The engine's error answer for an exception thrown by a task listener, as the REST API writes it. */
    private static byte[] engineAnswer(RuntimeException thrown) throws Exception {
        String message = "Cannot submit task form 7313bc22-ee71-11f1-9393-02fc00000001: ENGINE-03051 There was an "
                + "exception while invoking the TaskListener. Message: '" + thrown.getMessage() + "'";
        return JSON.writeValueAsBytes(JSON.createObjectNode().put("type", "ProcessEngineException")
                .put("message", message).put("code", 22001));
    }

    private static JsonNode answered(EngineErrors.Translation t) throws Exception {
        return JSON.readTree(new String(EngineErrors.body(t), StandardCharsets.UTF_8));
    }

    @Test
    void aRuleNamingItsFieldAnswersThatField() throws Exception {
        FormDefinition outcome = forms.find("mediation-outcome").orElseThrow();
        EngineErrors.Translation t = EngineApiGuard.aboutField(EngineErrors.translate(500,
                engineAnswer(new FormInputException("performanceDeadline", "履行期限不能早于今天"))), outcome);

        JsonNode problem = answered(t);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("message").asText()).isEqualTo("履行期限不能早于今天");
        assertThat(problem.path("field").asText()).isEqualTo("performanceDeadline");
        assertThat(problem.path("fieldId").asText()).isEqualTo("performanceDeadline");
        assertThat(problem.toString()).doesNotContain("ENGINE-", "7313bc22", "Cannot submit", "〔");
    }

    @Test
    void aRuleWithoutFieldIsPlacedByTheLabelItNames() throws Exception {
        FormDefinition outcome = forms.find("mediation-outcome").orElseThrow();
        assertThat(field(outcome, "履行期限不能早于今天")).isEqualTo("performanceDeadline");
        // the longer of two labels starting at the same place: 调解情况说明, not 调解情况
        assertThat(field(outcome, "请填写调解情况说明")).isEqualTo("outcomeNotes");
        assertThat(field(outcome, "请填写本次调解情况")).isEqualTo("sessionNotes");
        assertThat(field(outcome, "达成书面协议须填写：纠纷主要事实、履行期限")).isEqualTo("agreementFacts");
        assertThat(field(outcome, "延长天数须为1至30日")).isEqualTo("extensionDays");
        // a message naming no field of the form stays a message about the form
        assertThat(field(outcome, "本案无法再向上移交")).isNull();
        // a label two fields share (the applicant's and the respondent's 姓名) names neither
        assertThat(field(forms.find("case-intake").orElseThrow(), "请填写姓名")).isNull();
    }

    @Test
    void theFieldOfAScreeningFormIsNamedByItsComponentId() throws Exception {
        FormDefinition start = forms.find("screening-campaign-start").orElseThrow();
        EngineErrors.Translation t = EngineApiGuard.aboutField(EngineErrors.translate(500,
                engineAnswer(new FormInputException("dueDate", "截止日期不能早于今天"))), start);
        assertThat(answered(t).path("field").asText()).isEqualTo("dueDate");
        assertThat(answered(t).path("fieldId").asText()).isEqualTo("campaignDueDate");
    }

    @Test
    void aFieldOfADynamicListsRowIsNamedByThatRowsCopyOfIt() throws Exception {
        FormDefinition report = forms.find("screening-report").orElseThrow();
        String peopleId = report.field("disputes").orElseThrow().items().stream()
                .filter(item -> item.key().equals("peopleInvolved")).findFirst().orElseThrow().id();
        EngineErrors.Translation t = EngineApiGuard.aboutField(EngineErrors.translate(500,
                engineAnswer(new FormInputException("disputes[1].peopleInvolved", "第2件矛盾纠纷：涉及人数至少为1"))),
                report);
        assertThat(answered(t).path("field").asText()).isEqualTo("disputes[1].peopleInvolved");
        // form-js names the field of the second row "fjs-form-<form>-<id>_1"
        assertThat(answered(t).path("fieldId").asText()).isEqualTo(peopleId + "_1");
    }

    private static String field(FormDefinition form, String message) throws Exception {
        EngineErrors.Translation t = EngineApiGuard.aboutField(EngineErrors.translate(500,
                engineAnswer(new FormInputException(message))), form);
        assertThat(t.message()).isEqualTo(message);
        return t.field();
    }
}
