package cn.jiyuan.mediation.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jiyuan.mediation.rules.Example;
import cn.jiyuan.mediation.rules.ProjectExamples;
import cn.jiyuan.mediation.rules.RuleSet;

/**
 * Tests for {@code processes/triage.dmn} (decisions triage and greenChannel) on the standalone DMN engine, plus one
 * test that deploys both DMN files of the project into an in-memory process engine.
 *
 * <p>Contract for callers: missing or null booleans count as {@code false} (so a missing {@code hasVillage} routes
 * to TOWN), missing or null strings match no specific rule. The triage result always holds both
 * {@code handlingLevel} and {@code industry} (null unless INDUSTRY).
 */
class TriageDecisionTest {

    static final String RESOURCE = "/processes/triage.dmn";

    /** Dispute category codes of docs/domain.md section 3. */
    static final List<String> ALL_CATEGORIES = List.of("MARRIAGE_FAMILY", "NEIGHBOR", "HOUSING_HOMESTEAD", "LAND",
            "CONTRACT", "PRODUCTION_OPERATION", "DAMAGE_COMPENSATION", "DEMOLITION", "ENVIRONMENT", "LABOR_DISPUTE",
            "LABOR_WAGE_DEBT", "SCHOOLING_EMPLOYMENT", "CONSUMER", "MEDICAL", "ROAD_TRAFFIC", "PROPERTY_MANAGEMENT",
            "INTELLECTUAL_PROPERTY", "RIGHTS_PROTECTION", "OTHER");

    static final Set<String> INDUSTRY_CATEGORIES =
            Set.of("MEDICAL", "ROAD_TRAFFIC", "LABOR_DISPUTE", "PROPERTY_MANAGEMENT", "INTELLECTUAL_PROPERTY");

    /** Intake channel codes of docs/domain.md section 3. */
    static final List<String> ALL_CHANNELS = List.of("SCREENING", "WALK_IN", "HOTLINE", "ONLINE", "COURT_REFERRAL",
            "PETITION_REFERRAL", "POLICE_REFERRAL", "ENTERPRISE", "OWN_INITIATIVE");

    static final DecisionTables DMN = new DecisionTables(RESOURCE);
    /** Matched rule ids per decision key of the last evaluation (required decisions included). */
    static final Map<String, List<String>> MATCHED = DMN.matched;
    static final DmnEngine dmnEngine = DMN.engine;
    static final Map<String, DmnDecision> decisions = DMN.decisions;

    // ------------------------------------------------------------------------------------------ helpers

    /** A common village dispute: NEIGHBOR, not cross-village/town, LOW risk, location with a village code. */
    static Map<String, Object> baseline() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("category", "NEIGHBOR");
        vars.put("crossVillage", false);
        vars.put("crossTown", false);
        vars.put("riskLevel", "LOW");
        vars.put("hasVillage", true);
        return vars;
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = baseline();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    static DmnDecisionResultEntries triage(Map<String, Object> variables) {
        MATCHED.clear();
        return dmnEngine.evaluateDecision(decisions.get("triage"), variables).getSingleResult();
    }

    static boolean greenChannel(Map<String, Object> variables) {
        MATCHED.clear();
        return dmnEngine.evaluateDecision(decisions.get("greenChannel"), variables).getSingleResult()
                .<Boolean>getEntry("greenChannel");
    }

    static List<String> ruleIds(String decisionKey) {
        return DMN.ruleIds(decisionKey);
    }

    @Test
    @DisplayName("the DRD holds triage and greenChannel")
    void drdStructure() {
        assertThat(decisions).containsOnlyKeys("triage", "greenChannel");
        assertThat(decisions.get("triage").getName()).isEqualTo("分类分流");
        assertThat(decisions.get("greenChannel").getName()).isEqualTo("涉企绿色通道");
    }

    // ------------------------------------------------------------------------------------------ the project's examples

    /** The project's examples table (rules/triage-examples.csv), the single source of the expected outcomes. */
    static Stream<Arguments> projectExamples() {
        return ProjectExamples.of(RuleSet.TRIAGE).stream()
                .map(e -> Arguments.of(Named.of("line " + e.line() + ": " + e.description(), e)));
    }

    static Map<String, String> outcomes(Example example) {
        MATCHED.clear();
        return RuleSet.TRIAGE.outcomes(example, (key, variables) -> dmnEngine.evaluateDecision(decisions.get(key), variables));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectExamples")
    @DisplayName("every example of the project's table is decided as expected (the platform's own code path)")
    void everyProjectExample(Example example) {
        assertThat(outcomes(example)).containsAllEntriesOf(example.expected());
    }

    @Test
    @DisplayName("the project's examples reach every rule of both decisions")
    void theProjectExamplesReachEveryRule() {
        Set<String> reached = new HashSet<>();
        for (Example example : ProjectExamples.of(RuleSet.TRIAGE)) {
            // triage and greenChannel are evaluated one after the other: record the first before the second runs
            Map<String, List<String>> seen = new HashMap<>();
            RuleSet.TRIAGE.outcomes(example, (key, variables) -> {
                var result = dmnEngine.evaluateDecision(decisions.get(key), variables);
                seen.putAll(MATCHED);
                return result;
            });
            seen.forEach((decision, rules) -> rules.forEach(rule -> reached.add(decision + "#" + rule)));
        }
        for (String decision : List.of("triage", "greenChannel")) {
            assertThat(reached).as(decision).containsAll(ruleIds(decision).stream().map(r -> decision + "#" + r).toList());
        }
    }

    // ------------------------------------------------------------------------------------------ triage

    @Nested
    @DisplayName("triage (FIRST)")
    class Triage {

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.jiyuan.mediation.triage.TriageDecisionTest#categories")
        @DisplayName("every category code: the five industry categories go to INDUSTRY, all others stay in the village")
        void everyCategory(String category) {
            DmnDecisionResultEntries result = triage(vars("category", category));
            if (INDUSTRY_CATEGORIES.contains(category)) {
                assertThat(result.<String>getEntry("handlingLevel")).isEqualTo("INDUSTRY");
                assertThat(result.<String>getEntry("industry")).isEqualTo(category);
            } else {
                assertThat(result.<String>getEntry("handlingLevel")).isEqualTo("VILLAGE");
                assertThat(result.<String>getEntry("industry")).isNull();
                assertThat(MATCHED.get("triage")).containsExactly("triage_village");
            }
        }

        @ParameterizedTest(name = "{0} risk -> {1}")
        @CsvSource({"LOW, VILLAGE", "MEDIUM, VILLAGE", "HIGH, TOWN", "CRITICAL, CITY_CENTER"})
        @DisplayName("every risk level for a common dispute")
        void everyRiskLevel(String riskLevel, String expectedLevel) {
            assertThat(triage(vars("riskLevel", riskLevel)).<String>getEntry("handlingLevel")).isEqualTo(expectedLevel);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "cross-town beats an industry category         | crossTown=true,category=MEDICAL                 | CITY_CENTER | triage_crossTown",
                "cross-town beats HIGH and cross-village        | crossTown=true,crossVillage=true,riskLevel=HIGH | CITY_CENTER | triage_crossTown",
                "CRITICAL beats an industry category            | riskLevel=CRITICAL,category=ROAD_TRAFFIC        | CITY_CENTER | triage_critical",
                "industry beats cross-village                   | category=LABOR_DISPUTE,crossVillage=true        | INDUSTRY    | triage_industryLaborDispute",
                "industry beats HIGH                            | category=MEDICAL,riskLevel=HIGH                 | INDUSTRY    | triage_industryMedical",
                "industry beats a missing village code          | category=PROPERTY_MANAGEMENT,hasVillage=false   | INDUSTRY    | triage_industryPropertyManagement",
                "cross-village beats HIGH                       | crossVillage=true,riskLevel=HIGH                | TOWN        | triage_crossVillage",
                "HIGH beats a missing village code              | riskLevel=HIGH,hasVillage=false                 | TOWN        | triage_high",
                "MEDIUM without village code goes to the town   | riskLevel=MEDIUM,hasVillage=false               | TOWN        | triage_noVillage",
                "a room keeps a HIGH-risk dispute               | stationedRoom=true,riskLevel=HIGH               | STATIONED   | triage_stationedRoom",
                "a room keeps a cross-village dispute           | stationedRoom=true,crossVillage=true            | STATIONED   | triage_stationedRoom",
                "a room keeps an industry category              | stationedRoom=true,category=ROAD_TRAFFIC        | STATIONED   | triage_stationedRoom",
                "CRITICAL beats a stationed room                | stationedRoom=true,riskLevel=CRITICAL           | CITY_CENTER | triage_critical",
                "cross-town beats a stationed room              | stationedRoom=true,crossTown=true               | CITY_CENTER | triage_crossTown",
                "a committee's dispute is no room's             | stationedRoom=false,riskLevel=HIGH              | TOWN        | triage_high"})
        @DisplayName("rule precedence (first hit)")
        void precedence(String description, String overrides, String expectedLevel, String expectedRule) {
            Map<String, Object> vars = baseline();
            for (String pair : overrides.split(",")) {
                String[] kv = pair.split("=");
                vars.put(kv[0], kv[1].equals("true") || kv[1].equals("false") ? Boolean.valueOf(kv[1]) : kv[1]);
            }
            assertThat(triage(vars).<String>getEntry("handlingLevel")).isEqualTo(expectedLevel);
            assertThat(MATCHED.get("triage")).containsExactly(expectedRule);
        }

        @Test
        @DisplayName("no variables at all: without a known village the case goes to the town")
        void missingVariables() {
            DmnDecisionResultEntries result = triage(Map.of());
            assertThat(result.<String>getEntry("handlingLevel")).isEqualTo("TOWN");
            assertThat(result.getEntryMap()).containsEntry("industry", null);
            assertThat(MATCHED.get("triage")).containsExactly("triage_noVillage");
        }

        @Test
        @DisplayName("explicit nulls: booleans count as false, strings match nothing specific")
        void nullValues() {
            Map<String, Object> vars = new HashMap<>();
            vars.put("category", null);
            vars.put("crossVillage", null);
            vars.put("crossTown", null);
            vars.put("riskLevel", null);
            vars.put("hasVillage", true);
            assertThat(triage(vars).<String>getEntry("handlingLevel")).isEqualTo("VILLAGE");
            vars.put("hasVillage", null);
            assertThat(triage(vars).<String>getEntry("handlingLevel")).isEqualTo("TOWN");
            assertThat(MATCHED.get("triage")).containsExactly("triage_noVillage");
        }

        @Test
        @DisplayName("only the category and the village flag given")
        void partialVariables() {
            assertThat(triage(Map.of("category", "CONTRACT", "hasVillage", true)).<String>getEntry("handlingLevel"))
                    .isEqualTo("VILLAGE");
            assertThat(triage(Map.of("category", "MEDICAL")).<String>getEntry("industry")).isEqualTo("MEDICAL");
        }
    }

    static Stream<String> categories() {
        return ALL_CATEGORIES.stream();
    }

    // ------------------------------------------------------------------------------------------ greenChannel

    @Nested
    @DisplayName("greenChannel (FIRST)")
    class GreenChannel {

        @ParameterizedTest(name = "{0}")
        @MethodSource("cn.jiyuan.mediation.triage.TriageDecisionTest#channels")
        @DisplayName("every channel: only ENTERPRISE takes the green channel by itself; enterprise-related always does")
        void everyChannel(String channel) {
            assertThat(greenChannel(Map.of("enterpriseRelated", false, "channel", channel)))
                    .isEqualTo(channel.equals("ENTERPRISE"));
            assertThat(greenChannel(Map.of("enterpriseRelated", true, "channel", channel))).isTrue();
            assertThat(MATCHED.get("greenChannel")).containsExactly("greenChannel_enterprise");
        }

        @Test
        @DisplayName("missing or null variables: no green channel")
        void nulls() {
            assertThat(greenChannel(Map.of())).isFalse();
            Map<String, Object> vars = new HashMap<>();
            vars.put("enterpriseRelated", null);
            vars.put("channel", null);
            assertThat(greenChannel(vars)).isFalse();
            assertThat(MATCHED.get("greenChannel")).containsExactly("greenChannel_none");
            assertThat(greenChannel(Map.of("channel", "ENTERPRISE"))).isTrue();
            assertThat(greenChannel(Map.of("enterpriseRelated", true))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"enterprise", "Enterprise", " ENTERPRISE", ""})
        @DisplayName("channel codes are exact: other spellings do not match")
        void exactChannelCode(String channel) {
            assertThat(greenChannel(Map.of("enterpriseRelated", false, "channel", channel))).isFalse();
        }
    }

    static Stream<String> channels() {
        return ALL_CHANNELS.stream();
    }

    // ------------------------------------------------------------------------------------------ process engine

    @Test
    @DisplayName("both DMN files deploy into a process engine (history time to live set) and evaluate there")
    void deploysIntoProcessEngine() {
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("dmn-test")
                .setJdbcUrl("jdbc:h2:mem:dmn-test;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        ProcessEngine processEngine = configuration.buildProcessEngine();
        try {
            RepositoryService repositoryService = processEngine.getRepositoryService();
            DecisionService decisionService = processEngine.getDecisionService();

            // enforceHistoryTimeToLive is on by default since 7.20: a decision without it fails the deployment
            Deployment deployment = repositoryService.createDeployment()
                    .name("dmn-test")
                    .addClasspathResource("processes/risk-assessment.dmn")
                    .addClasspathResource("processes/triage.dmn")
                    .deploy();

            List<DecisionDefinition> definitions = repositoryService.createDecisionDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(DecisionDefinition::getKey)
                    .containsExactlyInAnyOrder("riskBase", "riskAssessment", "earlyWarning", "triage", "greenChannel");
            assertThat(definitions).extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(180);
            assertThat(repositoryService.createDecisionRequirementsDefinitionQuery()
                    .deploymentId(deployment.getId()).count()).isEqualTo(2);

            Map<String, Object> risk = new HashMap<>();
            risk.put("violenceThreat", true);
            risk.put("peopleInvolved", 3);
            risk.put("amountInvolved", 50_000);
            risk.put("sensitivePeriod", true);
            DmnDecisionResult riskResult = decisionService.evaluateDecisionByKey("riskAssessment").variables(risk).evaluate();
            assertThat(riskResult.getSingleResult().<String>getEntry("riskLevel")).isEqualTo("CRITICAL");

            DmnDecisionResult noWarning = decisionService.evaluateDecisionByKey("earlyWarning")
                    .variables(Map.of("vulnerableParty", true)).evaluate();
            assertThat(noWarning.getSingleResult().<Boolean>getEntry("earlyWarning")).isFalse();
            DmnDecisionResult warning = decisionService.evaluateDecisionByKey("earlyWarning").variables(risk).evaluate();
            assertThat(warning.getSingleResult().<Boolean>getEntry("earlyWarning")).isTrue();

            Map<String, Object> triageVars = new HashMap<>();
            triageVars.put("category", "ROAD_TRAFFIC");
            triageVars.put("crossVillage", false);
            triageVars.put("crossTown", false);
            triageVars.put("riskLevel", "MEDIUM");
            triageVars.put("hasVillage", true);
            DmnDecisionResultEntries triage = decisionService.evaluateDecisionByKey("triage").variables(triageVars)
                    .evaluate().getSingleResult();
            assertThat(triage.<String>getEntry("handlingLevel")).isEqualTo("INDUSTRY");
            assertThat(triage.<String>getEntry("industry")).isEqualTo("ROAD_TRAFFIC");

            assertThat(decisionService.evaluateDecisionByKey("greenChannel")
                    .variables(Map.of("enterpriseRelated", true, "channel", "WALK_IN")).evaluate()
                    .getSingleResult().<Boolean>getEntry("greenChannel")).isTrue();

            // history is written for the DRD (riskBase + riskAssessment and, twice, + earlyWarning)
            assertThat(processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey("riskBase").count()).isEqualTo(3);
        } finally {
            processEngine.close();
        }
    }
}
