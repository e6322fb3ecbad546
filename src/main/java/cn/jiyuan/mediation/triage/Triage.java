package cn.jiyuan.mediation.triage;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.HandlingLevel;

/**
 * Evaluates the supervisors' DMN decisions {@code triage} (分类分流) and {@code greenChannel} (涉企绿色通道)
 * of processes/triage.dmn, as the current engine user.
 */
@Component
public class Triage {

    private final DecisionService decisions;

    public Triage(DecisionService decisions) {
        this.decisions = decisions;
    }

    public TriageResult decide(TriageFacts facts) {
        VariableMap triageInputs = Variables.createVariables()
                .putValue("category", facts.category().name())
                .putValue("crossVillage", facts.crossVillage())
                .putValue("crossTown", facts.crossTown())
                .putValue("riskLevel", facts.riskLevel().name())
                .putValue("hasVillage", facts.hasVillage())
                .putValue("stationedRoom", facts.stationedRoom());
        DmnDecisionResultEntries triage = decisions.evaluateDecisionByKey("triage").variables(triageInputs)
                .evaluate().getSingleResult();
        VariableMap greenInputs = Variables.createVariables()
                .putValue("enterpriseRelated", facts.enterpriseRelated())
                .putValue("channel", facts.channel().name());
        Boolean green = decisions.evaluateDecisionByKey("greenChannel").variables(greenInputs).evaluate()
                .getSingleResult().getEntry("greenChannel");
        return new TriageResult(HandlingLevel.valueOf(triage.<String>getEntry("handlingLevel")),
                triage.getEntry("industry"), Boolean.TRUE.equals(green));
    }
}
