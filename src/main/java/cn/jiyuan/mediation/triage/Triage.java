package cn.jiyuan.mediation.triage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.HandlingLevel;

/**
 * Evaluates the supervisors' DMN decisions {@code triage} (分类分流) and {@code greenChannel} (涉企绿色通道)
 * of processes/triage.dmn, as the current engine user, by key: the latest deployed version decides (package rules
 * deploys the grassroots section's new versions).
 */
@Component
public class Triage {

    public static final String TRIAGE_DECISION = "triage";
    public static final String GREEN_CHANNEL_DECISION = "greenChannel";
    public static final String HANDLING_LEVEL = "handlingLevel";
    public static final String INDUSTRY = "industry";
    public static final String GREEN_CHANNEL = "greenChannel";

    private final DecisionService decisions;

    public Triage(DecisionService decisions) {
        this.decisions = decisions;
    }

    public TriageResult decide(TriageFacts facts) {
        return decide(facts, (key, variables) -> decisions.evaluateDecisionByKey(key).variables(variables).evaluate());
    }

    /** Triage with the given evaluator (the deployed decisions, or a candidate version under test). */
    public static TriageResult decide(TriageFacts facts, DecisionEvaluator evaluator) {
        DmnDecisionResultEntries triage = Outcomes.single(evaluator.evaluate(TRIAGE_DECISION, triageVariables(facts)),
                "分类分流");
        DmnDecisionResultEntries green = Outcomes.single(
                evaluator.evaluate(GREEN_CHANNEL_DECISION, greenChannelVariables(facts)), "涉企绿色通道");
        HandlingLevel level = Outcomes.code(HandlingLevel.class, triage.getEntry(HANDLING_LEVEL), "办理层级");
        Object industry = triage.getEntry(INDUSTRY);
        return new TriageResult(level, industry == null ? null : industry.toString(),
                Boolean.TRUE.equals(green.getEntry(GREEN_CHANNEL)));
    }

    /** The data the platform gives the triage decision: variable name and what it is, in Chinese. */
    public static Map<String, String> triageInputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("category", "纠纷类型");
        inputs.put("crossVillage", "是否跨村(社区)");
        inputs.put("crossTown", "是否跨镇(街道)");
        inputs.put("riskLevel", "风险等级");
        inputs.put("hasVillage", "纠纷发生地有村(社区)");
        inputs.put("stationedRoom", "由派驻调解工作室登记");
        return inputs;
    }

    /** The data the platform gives the green-channel decision. */
    public static Map<String, String> greenChannelInputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("enterpriseRelated", "是否涉企");
        inputs.put("channel", "案件来源");
        return inputs;
    }

    static VariableMap triageVariables(TriageFacts facts) {
        return Variables.createVariables()
                .putValue("category", facts.category().name())
                .putValue("crossVillage", facts.crossVillage())
                .putValue("crossTown", facts.crossTown())
                .putValue("riskLevel", facts.riskLevel().name())
                .putValue("hasVillage", facts.hasVillage())
                .putValue("stationedRoom", facts.stationedRoom());
    }

    static VariableMap greenChannelVariables(TriageFacts facts) {
        return Variables.createVariables()
                .putValue("enterpriseRelated", facts.enterpriseRelated())
                .putValue("channel", facts.channel().name());
    }
}
