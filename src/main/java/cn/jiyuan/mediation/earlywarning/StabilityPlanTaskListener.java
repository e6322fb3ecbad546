package cn.jiyuan.mediation.earlywarning;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseTime;

/**
 * On completion of the justice office's tasks of early-warning, writes the form into the case's
 * one-case-one-plan record: 启动应急预案 (measures, responsible person, contingency plan), 记录党委政府批示
 * (instructions and by whom), 记录联合处置 (joint handling and the departments involved).
 */
@Component("stabilityPlanForms")
public class StabilityPlanTaskListener implements TaskListener {

    static final String CONTINGENCY_TASK = "activateContingencyPlan";
    static final String INSTRUCTIONS_TASK = "recordInstructions";
    static final String JOINT_HANDLING_TASK = "recordJointHandling";

    private final StabilityLedger ledger;
    private final CaseOfProcess caseOf;

    public StabilityPlanTaskListener(StabilityLedger ledger, CaseOfProcess caseOf) {
        this.ledger = ledger;
        this.caseOf = caseOf;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = caseOf.id(task);
        String by = completedBy(task);
        switch (task.getTaskDefinitionKey()) {
            case CONTINGENCY_TASK -> ledger.recordContingencyPlan(caseId, text(task, "measures"),
                    text(task, "responsiblePerson"), text(task, "contingencyPlan"), by, CaseTime.now());
            case INSTRUCTIONS_TASK -> ledger.recordInstructions(caseId, text(task, "instructions"),
                    text(task, "instructedBy"), by, CaseTime.now());
            case JOINT_HANDLING_TASK -> ledger.recordJointHandling(caseId, text(task, "jointHandling"),
                    text(task, "jointDepartments"), by, CaseTime.now());
            default -> throw new IllegalStateException("no plan record for task " + task.getTaskDefinitionKey());
        }
        // recorded in the ledger's plan: the free text does not stay in the process
        for (String field : List.of("measures", "responsiblePerson", "contingencyPlan", "instructions", "instructedBy",
                "jointHandling", "jointDepartments")) {
            task.getExecution().removeVariable(field);
        }
    }

    private static String completedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
