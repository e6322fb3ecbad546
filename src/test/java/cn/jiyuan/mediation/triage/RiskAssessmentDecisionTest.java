package cn.jiyuan.mediation.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import cn.jiyuan.mediation.rules.Example;
import cn.jiyuan.mediation.rules.ProjectExamples;
import cn.jiyuan.mediation.rules.RuleSet;

/**
 * Tests for {@code processes/risk-assessment.dmn} (DRD riskBase -> riskAssessment -> earlyWarning) on the
 * standalone DMN engine.
 *
 * <p>The expected outcomes per rule are the project's examples table (rules/risk-assessment-examples.csv), which the
 * platform also runs against every new version a supervisor uploads: every example is decided as expected and every
 * rule row is reached by at least one example (the matched rule ids are captured with a decision evaluation listener).
 * The other tests pin the shipped file's boundaries, precedence and null-safety.
 *
 * <p>Contract for callers: the decisions are null-safe. A missing or null boolean indicator counts as
 * {@code false}, a missing or null {@code reboundCount}/{@code peopleInvolved}/{@code amountInvolved} counts as 0,
 * a missing {@code sensitivePeriod} counts as {@code false}. Callers should still pass every variable.
 */
class RiskAssessmentDecisionTest {

    static final String RESOURCE = "/processes/risk-assessment.dmn";

    static final DecisionTables DMN = new DecisionTables(RESOURCE);
    /** Matched rule ids per decision key of the last evaluation (required decisions included). */
    static final Map<String, List<String>> MATCHED = DMN.matched;
    static final DmnEngine dmnEngine = DMN.engine;
    static final Map<String, DmnDecision> decisions = DMN.decisions;

    @BeforeEach
    void clearRecorder() {
        MATCHED.clear();
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** All inputs of the DRD with neutral values: a contract dispute, no indicator, nothing counted, no sensitive period. */
    static Map<String, Object> baseline() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("category", "CONTRACT");
        vars.put("violenceThreat", false);
        vars.put("extremeBehavior", false);
        vars.put("publicSecurityRisk", false);
        vars.put("criminalRisk", false);
        vars.put("massIncidentRisk", false);
        vars.put("repeatedPetition", false);
        vars.put("vulnerableParty", false);
        vars.put("reboundCount", 0);
        vars.put("peopleInvolved", 0);
        vars.put("amountInvolved", 0.0);
        vars.put("sensitivePeriod", false);
        return vars;
    }

    /** Baseline overridden by alternating name/value pairs. */
    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = baseline();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    static DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
        MATCHED.clear();
        return dmnEngine.evaluateDecision(decisions.get(decisionKey), variables);
    }

    static int riskRank(Map<String, Object> variables) {
        Object rank = evaluate("riskBase", variables).getSingleResult().getEntry("riskRank");
        assertThat(rank).isInstanceOf(Integer.class);
        return (Integer) rank;
    }

    static String riskLevel(Map<String, Object> variables) {
        return evaluate("riskAssessment", variables).getSingleResult().getEntry("riskLevel");
    }

    static boolean earlyWarning(Map<String, Object> variables) {
        return evaluate("earlyWarning", variables).getSingleResult().<Boolean>getEntry("earlyWarning");
    }

    /** Rule ids of a decision table in file order, read with the DMN model API. */
    static List<String> ruleIds(String decisionKey) {
        return DMN.ruleIds(decisionKey);
    }

    static List<String> matched(String decisionKey) {
        return MATCHED.get(decisionKey);
    }

    // ------------------------------------------------------------------------------------------ structure

    @Test
    @DisplayName("the DRD holds the three decisions with the expected requirements")
    void drdStructure() {
        assertThat(decisions).containsOnlyKeys("riskBase", "riskAssessment", "earlyWarning");
        assertThat(decisions.get("riskBase").getName()).isEqualTo("风险因素研判");
        assertThat(decisions.get("riskAssessment").getName()).isEqualTo("风险等级评定");
        assertThat(decisions.get("earlyWarning").getName()).isEqualTo("预警判定");
        assertThat(decisions.get("riskBase").getRequiredDecisions()).isEmpty();
        assertThat(decisions.get("riskAssessment").getRequiredDecisions())
                .extracting(DmnDecision::getKey).containsExactly("riskBase");
        assertThat(decisions.get("earlyWarning").getRequiredDecisions())
                .extracting(DmnDecision::getKey).containsExactly("riskAssessment");
    }

    // ------------------------------------------------------------------------------------------ the project's examples

    /** The project's examples table (rules/risk-assessment-examples.csv), the single source of the expected outcomes. */
    static Stream<Arguments> projectExamples() {
        return ProjectExamples.of(RuleSet.RISK_ASSESSMENT).stream()
                .map(e -> Arguments.of(Named.of("line " + e.line() + ": " + e.description(), e)));
    }

    static Map<String, String> outcomes(Example example) {
        MATCHED.clear();
        return RuleSet.RISK_ASSESSMENT.outcomes(example, (key, variables) -> dmnEngine.evaluateDecision(decisions.get(key),
                variables));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectExamples")
    @DisplayName("every example of the project's table is decided as expected (the platform's own code path)")
    void everyProjectExample(Example example) {
        assertThat(outcomes(example)).containsAllEntriesOf(example.expected());
    }

    @Test
    @DisplayName("the project's examples reach every rule of every decision")
    void theProjectExamplesReachEveryRule() {
        Set<String> reached = new HashSet<>();
        for (Example example : ProjectExamples.of(RuleSet.RISK_ASSESSMENT)) {
            outcomes(example);
            MATCHED.forEach((decision, rules) -> rules.forEach(rule -> reached.add(decision + "#" + rule)));
        }
        for (String decision : List.of("riskBase", "riskAssessment", "earlyWarning")) {
            assertThat(reached).as(decision).containsAll(ruleIds(decision).stream().map(r -> decision + "#" + r).toList());
        }
        assertThat(ruleIds("riskBase")).hasSize(17);
    }

    // ------------------------------------------------------------------------------------------ riskBase

    @Nested
    @DisplayName("riskBase (COLLECT MAX)")
    class RiskBase {

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.jiyuan.mediation.triage.TriageDecisionTest#categories")
        @DisplayName("every category: 婚姻家庭、邻里、房屋宅基地 (民转刑-prone, notice 三(一)二) at least rank 2, the others 1")
        void everyCategory(String category) {
            boolean conversionProne = Set.of("MARRIAGE_FAMILY", "NEIGHBOR", "HOUSING_HOMESTEAD").contains(category);
            assertThat(riskRank(vars("category", category))).isEqualTo(conversionProne ? 2 : 1);
            assertThat(matched("riskBase").contains("riskBase_conversionCategory")).isEqualTo(conversionProne);
            // a higher factor still wins: the category only sets a floor
            assertThat(riskRank(vars("category", category, "violenceThreat", true))).isEqualTo(3);
        }

        @Test
        @DisplayName("category codes are exact and a missing category matches no category rule")
        void categoryCodesAreExact() {
            assertThat(riskRank(vars("category", "neighbor"))).isEqualTo(1);
            assertThat(riskRank(vars("category", "邻里"))).isEqualTo(1);
            assertThat(riskRank(vars("category", null))).isEqualTo(1);
            assertThat(riskRank(Map.of("category", "NEIGHBOR"))).isEqualTo(2);
        }

        @ParameterizedTest(name = "{0} people -> rank {1}")
        @CsvSource({
                "0,  1, riskBase_default",
                "1,  1, riskBase_default",
                "4,  1, riskBase_default",
                "5,  2, riskBase_people5to9",
                "9,  2, riskBase_people5to9",
                "10, 3, riskBase_people10to29",
                "29, 3, riskBase_people10to29",
                "30, 4, riskBase_people30",
                "31, 4, riskBase_people30",
                "500, 4, riskBase_people30"})
        @DisplayName("people involved boundaries (群体性纠纷 5 人以上)")
        void peopleBoundaries(int people, int expectedRank, String expectedRule) {
            assertThat(riskRank(vars("peopleInvolved", people))).isEqualTo(expectedRank);
            assertThat(matched("riskBase")).contains(expectedRule);
            assertThat(matched("riskBase").stream().filter(id -> id.startsWith("riskBase_people")))
                    .hasSizeLessThanOrEqualTo(1);
        }

        @ParameterizedTest(name = "violence with {0} people -> rank {1}")
        @CsvSource({"0, 3", "4, 3", "5, 4", "9, 4", "10, 4", "30, 4"})
        @DisplayName("violence threat plus a group of 5 or more is CRITICAL")
        void violenceWithGroup(int people, int expectedRank) {
            assertThat(riskRank(vars("violenceThreat", true, "peopleInvolved", people))).isEqualTo(expectedRank);
            assertThat(matched("riskBase").contains("riskBase_violenceGroup")).isEqualTo(people >= 5);
        }

        @ParameterizedTest(name = "{0} yuan -> rank {1}")
        @CsvSource({
                "0,          1, riskBase_default",
                "99999,      1, riskBase_default",
                "99999.99,   1, riskBase_default",
                "100000,     2, riskBase_amount100k",
                "999999,     2, riskBase_amount100k",
                "999999.99,  2, riskBase_amount100k",
                "1000000,    3, riskBase_amount1m",
                "1000000.01, 3, riskBase_amount1m",
                "80000000,   3, riskBase_amount1m"})
        @DisplayName("amount boundaries (10 万 / 100 万)")
        void amountBoundaries(double amount, int expectedRank, String expectedRule) {
            assertThat(riskRank(vars("amountInvolved", amount))).isEqualTo(expectedRank);
            assertThat(matched("riskBase")).contains(expectedRule);
            assertThat(matched("riskBase").stream().filter(id -> id.startsWith("riskBase_amount")))
                    .hasSizeLessThanOrEqualTo(1);
        }

        @ParameterizedTest(name = "{0} rebounds -> rank {1}")
        @CsvSource({"0, 1", "1, 2", "2, 3", "3, 3", "10, 3"})
        @DisplayName("rebound count boundaries")
        void reboundBoundaries(int rebounds, int expectedRank) {
            assertThat(riskRank(vars("reboundCount", rebounds))).isEqualTo(expectedRank);
            assertThat(matched("riskBase").contains("riskBase_reboundOnce")).isEqualTo(rebounds == 1);
            assertThat(matched("riskBase").contains("riskBase_reboundRepeated")).isEqualTo(rebounds >= 2);
        }

        @Test
        @DisplayName("amount accepts integer, long and BigDecimal values; counts accept long")
        void numericTypes() {
            assertThat(riskRank(vars("amountInvolved", 100_000))).isEqualTo(2);
            assertThat(riskRank(vars("amountInvolved", 1_000_000L))).isEqualTo(3);
            assertThat(riskRank(vars("amountInvolved", new BigDecimal("999999.99")))).isEqualTo(2);
            assertThat(riskRank(vars("amountInvolved", new BigDecimal("99999.99")))).isEqualTo(1);
            assertThat(riskRank(vars("peopleInvolved", 30L))).isEqualTo(4);
            assertThat(riskRank(vars("reboundCount", 2L))).isEqualTo(3);
        }

        @Test
        @DisplayName("the highest rank of all matching rules wins")
        void maxAggregation() {
            assertThat(riskRank(vars("vulnerableParty", true, "repeatedPetition", true, "reboundCount", 1))).isEqualTo(2);
            assertThat(matched("riskBase")).containsExactlyInAnyOrder("riskBase_vulnerableParty",
                    "riskBase_repeatedPetition", "riskBase_reboundOnce", "riskBase_default");

            assertThat(riskRank(vars("vulnerableParty", true, "amountInvolved", 1_000_000.0))).isEqualTo(3);
            assertThat(riskRank(vars("extremeBehavior", true, "massIncidentRisk", true))).isEqualTo(4);
            assertThat(riskRank(vars("peopleInvolved", 12, "criminalRisk", true, "amountInvolved", 200_000.0)))
                    .isEqualTo(3);
        }

        @Test
        @DisplayName("no variables at all: every input is null-safe and the catch-all gives rank 1")
        void missingVariables() {
            assertThat(riskRank(Map.of())).isEqualTo(1);
            assertThat(matched("riskBase")).containsExactly("riskBase_default");
        }

        @Test
        @DisplayName("explicit null values are treated as false / 0")
        void nullValues() {
            Map<String, Object> vars = new HashMap<>();
            for (String name : baseline().keySet()) {
                vars.put(name, null);
            }
            assertThat(riskRank(vars)).isEqualTo(1);
            assertThat(matched("riskBase")).containsExactly("riskBase_default");
        }

        @Test
        @DisplayName("only some variables given: the others count as false / 0")
        void partialVariables() {
            assertThat(riskRank(Map.of("peopleInvolved", 6))).isEqualTo(2);
            assertThat(riskRank(Map.of("violenceThreat", true))).isEqualTo(3);
            assertThat(riskRank(Map.of("violenceThreat", true, "peopleInvolved", 5))).isEqualTo(4);
            assertThat(riskRank(Map.of("amountInvolved", 1_000_000))).isEqualTo(3);
            assertThat(riskRank(Map.of("reboundCount", 1))).isEqualTo(2);
        }
    }

    // ------------------------------------------------------------------------------------------ riskAssessment

    @Nested
    @DisplayName("riskAssessment (UNIQUE, sensitive period one level higher)")
    class RiskAssessment {

        /** Indicator sets producing rank 1..4 in riskBase. */
        static Map<String, Object> varsForRank(int rank) {
            return switch (rank) {
                case 1 -> vars();
                case 2 -> vars("vulnerableParty", true);
                case 3 -> vars("violenceThreat", true);
                case 4 -> vars("massIncidentRisk", true);
                default -> throw new IllegalArgumentException("rank " + rank);
            };
        }

        @ParameterizedTest(name = "rank {0} with sensitivePeriod missing -> {1}")
        @CsvSource({"1, LOW", "2, MEDIUM", "3, HIGH", "4, CRITICAL"})
        @DisplayName("a missing or null sensitivePeriod counts as outside a sensitive period")
        void sensitivePeriodNullSafe(int rank, String expectedLevel) {
            Map<String, Object> vars = varsForRank(rank);
            vars.remove("sensitivePeriod");
            assertThat(riskLevel(vars)).isEqualTo(expectedLevel);
            vars.put("sensitivePeriod", null);
            assertThat(riskLevel(vars)).isEqualTo(expectedLevel);
        }

        @Test
        @DisplayName("the result holds only riskLevel, as a string")
        void resultShape() {
            DmnDecisionResult result = evaluate("riskAssessment", vars("reboundCount", 2, "sensitivePeriod", true));
            assertThat(result).hasSize(1);
            assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("riskLevel");
            assertThat(result.getSingleResult().<Object>getEntry("riskLevel")).isEqualTo("CRITICAL");
        }

        @Test
        @DisplayName("no variables at all: LOW")
        void emptyInput() {
            assertThat(riskLevel(Map.of())).isEqualTo("LOW");
            assertThat(matched("riskAssessment")).containsExactly("riskAssessment_rank1Normal");
        }

        @Test
        @DisplayName("realistic combinations")
        void combinations() {
            // a wage dispute of 12 workers over 300 000 yuan before the Spring Festival
            assertThat(riskLevel(vars("peopleInvolved", 12, "amountInvolved", 300_000, "sensitivePeriod", true)))
                    .isEqualTo("CRITICAL");
            // a neighbour quarrel: 民转刑-prone, at least MEDIUM; one level higher in a sensitive period
            assertThat(riskLevel(vars("category", "NEIGHBOR", "peopleInvolved", 2))).isEqualTo("MEDIUM");
            assertThat(riskLevel(vars("category", "NEIGHBOR", "peopleInvolved", 2, "sensitivePeriod", true))).isEqualTo("HIGH");
            // a neighbour quarrel with an elderly party
            assertThat(riskLevel(vars("category", "NEIGHBOR", "peopleInvolved", 2, "vulnerableParty", true))).isEqualTo("MEDIUM");
            // the same case after a second rebound
            assertThat(riskLevel(vars("peopleInvolved", 2, "vulnerableParty", true, "reboundCount", 2)))
                    .isEqualTo("HIGH");
        }
    }

    // ------------------------------------------------------------------------------------------ earlyWarning

    @Nested
    @DisplayName("earlyWarning (FIRST)")
    class EarlyWarning {

        @Test
        @DisplayName("the indicator rules take precedence, so the matched rule names the reason")
        void indicatorBeforeLevel() {
            assertThat(earlyWarning(vars("criminalRisk", true, "massIncidentRisk", true))).isTrue();
            assertThat(matched("earlyWarning")).containsExactly("earlyWarning_criminal");
        }

        @Test
        @DisplayName("no variables at all: no warning")
        void emptyInput() {
            assertThat(earlyWarning(Map.of())).isFalse();
            assertThat(matched("earlyWarning")).containsExactly("earlyWarning_none");
        }

        @Test
        @DisplayName("the result holds only earlyWarning, as a boolean")
        void resultShape() {
            DmnDecisionResult result = evaluate("earlyWarning", vars("criminalRisk", true));
            assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("earlyWarning");
            assertThat(result.getSingleResult().<Object>getEntry("earlyWarning")).isEqualTo(Boolean.TRUE);
        }
    }
}
