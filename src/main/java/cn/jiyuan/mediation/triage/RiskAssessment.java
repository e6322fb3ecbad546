package cn.jiyuan.mediation.triage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;

/**
 * Evaluates the supervisors' DMN decisions {@code riskAssessment} (风险等级评定) and {@code earlyWarning}
 * (预警判定) of processes/risk-assessment.dmn, as the current engine user, by key: the latest deployed version
 * decides, so a new version the grassroots section deploys (package rules) applies to the next case at once.
 */
@Component
public class RiskAssessment {

    public static final String RISK_DECISION = "riskAssessment";
    public static final String WARNING_DECISION = "earlyWarning";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String EARLY_WARNING = "earlyWarning";

    private final DecisionService decisions;

    public RiskAssessment(DecisionService decisions) {
        this.decisions = decisions;
    }

    public RiskResult assess(RiskFacts facts) {
        return assess(facts, (key, variables) -> decisions.evaluateDecisionByKey(key).variables(variables).evaluate());
    }

    /** The assessment with the given evaluator (the deployed decisions, or a candidate version under test). */
    public static RiskResult assess(RiskFacts facts, DecisionEvaluator evaluator) {
        VariableMap variables = variables(facts);
        String level = Outcomes.single(evaluator.evaluate(RISK_DECISION, variables), "风险等级评定").getEntry(RISK_LEVEL);
        DmnDecisionResultEntries warning = Outcomes.single(evaluator.evaluate(WARNING_DECISION, variables), "预警判定");
        return new RiskResult(Outcomes.code(RiskLevel.class, level, "风险等级"),
                Boolean.TRUE.equals(warning.getEntry(EARLY_WARNING)));
    }

    /**
     * The data the platform gives the risk decisions: variable name and what it is, in Chinese. A new version of
     * the rules may use these and nothing else (package rules checks it).
     */
    public static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("category", "纠纷类型");
        for (RiskIndicator indicator : RiskIndicator.values()) {
            if (indicator.decisionInput() != null) {
                inputs.put(indicator.decisionInput(), indicator.label());
            }
        }
        inputs.put("reboundCount", "调解后反弹次数");
        inputs.put("peopleInvolved", "涉及人数");
        inputs.put("amountInvolved", "涉及金额(元)");
        inputs.put("sensitivePeriod", "是否敏感时期");
        return inputs;
    }

    static VariableMap variables(RiskFacts facts) {
        VariableMap variables = Variables.createVariables();
        variables.putValue("category", facts.category() == null ? null : facts.category().name());
        for (RiskIndicator indicator : RiskIndicator.values()) {
            if (indicator.decisionInput() != null) {
                variables.putValue(indicator.decisionInput(), facts.indicators().contains(indicator));
            }
        }
        variables.putValue("reboundCount", facts.reboundCount());
        variables.putValue("peopleInvolved", facts.peopleInvolved());
        variables.putValue("amountInvolved",
                facts.amountInvolved() == null ? 0.0 : facts.amountInvolved().doubleValue());
        variables.putValue("sensitivePeriod", facts.sensitivePeriod());
        return variables;
    }
}
