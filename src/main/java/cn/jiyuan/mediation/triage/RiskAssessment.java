package cn.jiyuan.mediation.triage;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;

/**
 * Evaluates the supervisors' DMN decisions {@code riskAssessment} (风险等级评定) and {@code earlyWarning}
 * (预警判定) of processes/risk-assessment.dmn, as the current engine user.
 */
@Component
public class RiskAssessment {

    private final DecisionService decisions;

    public RiskAssessment(DecisionService decisions) {
        this.decisions = decisions;
    }

    public RiskResult assess(RiskFacts facts) {
        VariableMap variables = variables(facts);
        String level = decisions.evaluateDecisionByKey("riskAssessment").variables(variables).evaluate()
                .getSingleResult().getEntry("riskLevel");
        Boolean warning = decisions.evaluateDecisionByKey("earlyWarning").variables(variables).evaluate()
                .getSingleResult().getEntry("earlyWarning");
        return new RiskResult(RiskLevel.valueOf(level), Boolean.TRUE.equals(warning));
    }

    static VariableMap variables(RiskFacts facts) {
        VariableMap variables = Variables.createVariables();
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
