package cn.jiyuan.mediation.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * {@link ParsedFeelEngine} decides exactly as Camunda's own FEEL engine: every decision of the platform's DMN files
 * (processes/*.dmn) evaluated by two standalone DMN engines, one with each FEEL engine, for generated inputs
 * (absent values and wrong types among them) gives the same results, or fails with the same message.
 */
class ParsedFeelEngineTest {

    private static final String[] DMN_FILES = {"/processes/risk-assessment.dmn", "/processes/triage.dmn"};
    private static final String[] BOOLEANS = {"violenceThreat", "extremeBehavior", "publicSecurityRisk", "criminalRisk",
        "massIncidentRisk", "repeatedPetition", "vulnerableParty", "sensitivePeriod", "crossVillage", "crossTown",
        "hasVillage", "enterpriseRelated"};
    private static final String[] CATEGORIES = {"MARRIAGE_FAMILY", "NEIGHBOR", "LAND", "MEDICAL", "ROAD_TRAFFIC",
        "LABOR_DISPUTE", "PROPERTY_MANAGEMENT", "INTELLECTUAL_PROPERTY", "CONSUMER", "OTHER"};
    private static final String[] CHANNELS = {"WALK_IN", "ENTERPRISE", "COURT_REFERRAL", "HOTLINE"};
    private static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};

    private final DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnEngine parsed = parsedEngine();

    private static DmnEngine parsedEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(() -> new ParsedFeelEngine(List.of()));
        return configuration.buildEngine();
    }

    @Test
    void everyDecisionOfThePlatformDecidesAsWithCamundasFeelEngine() throws Exception {
        SplittableRandom random = new SplittableRandom(14);
        int compared = 0;
        java.util.Set<Object> outcomes = new java.util.HashSet<>();
        for (String file : DMN_FILES) {
            List<DmnDecision> ours = decisions(camunda, file);
            List<DmnDecision> theirs = decisions(parsed, file);
            assertThat(theirs).hasSameSizeAs(ours).isNotEmpty();
            for (int d = 0; d < ours.size(); d++) {
                for (int i = 0; i < 300; i++) {
                    VariableMap inputs = inputs(random);
                    Object expected = outcome(camunda, ours.get(d), inputs);
                    Object actual = outcome(parsed, theirs.get(d), inputs);
                    assertThat(actual).as(ours.get(d).getKey() + " with " + inputs).isEqualTo(expected);
                    compared++;
                    outcomes.add(expected);
                }
            }
        }
        assertThat(compared).isEqualTo(1_500);
        assertThat(outcomes).as("the inputs reach many rules, not one").hasSizeGreaterThan(10);
    }

    @Test
    void irrelevantEntriesMatchEveryInputAndTheRestIsEvaluated() {
        ParsedFeelEngine engine = new ParsedFeelEngine(List.of());
        ScalaFeelEngine reference = new ScalaFeelEngine(List.of());
        for (Object input : new Object[] {null, true, 3, "LOW", 2.5}) {
            var context = Variables.createVariables().putValue("cellInput", input).asVariableContext();
            assertThat(engine.evaluateSimpleUnaryTests(" - ", "cellInput", context)).isTrue();
            for (String test : List.of("true", ">= 3", "[1..5]", "\"LOW\"", "not(\"LOW\")", "null")) {
                boolean expected;
                try {
                    expected = reference.evaluateSimpleUnaryTests(test, "cellInput", context);
                } catch (FeelException e) {
                    assertThatThrownBy(() -> engine.evaluateSimpleUnaryTests(test, "cellInput", context))
                            .isInstanceOf(FeelException.class).hasMessage(e.getMessage());
                    continue;
                }
                assertThat(engine.evaluateSimpleUnaryTests(test, "cellInput", context)).as(test + " on " + input)
                        .isEqualTo(expected);
            }
        }
        var numbers = Variables.createVariables().putValue("a", 4).putValue("b", null).asVariableContext();
        assertThat((Object) engine.evaluateSimpleExpression("if b = null then a * 2 else b", numbers))
                .isEqualTo(reference.evaluateSimpleExpression("if b = null then a * 2 else b", numbers));
    }

    @Test
    void whatDoesNotParseOrEvaluateFailsAsBefore() {
        ParsedFeelEngine engine = new ParsedFeelEngine(List.of());
        ScalaFeelEngine reference = new ScalaFeelEngine(List.of());
        var context = Variables.createVariables().putValue("cellInput", 1).asVariableContext();
        for (String broken : List.of(">= ", "[1..", "assert(cellInput, cellInput > 5)")) {
            String expected = message(() -> reference.evaluateSimpleExpression(broken, context));
            assertThat(message(() -> engine.evaluateSimpleExpression(broken, context))).as(broken).isEqualTo(expected);
        }
    }

    private static String message(Runnable evaluation) {
        try {
            evaluation.run();
            return "no failure";
        } catch (FeelException e) {
            return e.getMessage();
        }
    }

    private static List<DmnDecision> decisions(DmnEngine engine, String file) throws Exception {
        try (InputStream in = ParsedFeelEngineTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new ArrayList<>(engine.parseDecisions(in));
        }
    }

    /** The decision's result entries (each value with its type), or the message it failed with. */
    private static Object outcome(DmnEngine engine, DmnDecision decision, VariableMap inputs) {
        try {
            DmnDecisionResult result = engine.evaluateDecision(decision, inputs);
            List<Map<String, String>> entries = new ArrayList<>();
            result.forEach(entry -> {
                Map<String, String> typed = new java.util.LinkedHashMap<>();
                entry.forEach((name, value) -> typed.put(name, value == null ? "null"
                        : value + " (" + value.getClass().getName() + ")"));
                entries.add(typed);
            });
            return entries;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private static VariableMap inputs(SplittableRandom random) {
        VariableMap inputs = Variables.createVariables();
        for (String name : BOOLEANS) {
            int pick = random.nextInt(10);
            inputs.putValue(name, pick == 0 ? null : pick == 1 ? "yes" : random.nextBoolean());
        }
        inputs.putValue("reboundCount", random.nextInt(8) == 0 ? null : random.nextInt(4));
        inputs.putValue("peopleInvolved", random.nextInt(8) == 0 ? null : random.nextInt(60));
        inputs.putValue("amountInvolved", random.nextInt(8) == 0 ? null : (double) random.nextInt(2_000_000));
        inputs.putValue("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
        inputs.putValue("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
        inputs.putValue("riskLevel", random.nextInt(12) == 0 ? 7 : LEVELS[random.nextInt(LEVELS.length)]);
        return inputs;
    }
}
