package cn.jiyuan.mediation.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseStatusService;
import cn.jiyuan.mediation.cases.MediationOutcome;

/** Service task "记录调解结果" of dispute-case: the outcome chosen in the mediation form. */
@Component("recordMediationOutcome")
public class RecordMediationOutcomeDelegate implements JavaDelegate {

    private final CaseStatusService statuses;

    public RecordMediationOutcomeDelegate(CaseStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object outcome = execution.getVariable(DisputeCaseVariables.OUTCOME);
        MediationOutcome value;
        try {
            value = MediationOutcome.valueOf(String.valueOf(outcome));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mediation outcome '" + outcome + "'", e);
        }
        Object notes = execution.getVariable(DisputeCaseVariables.OUTCOME_NOTES);
        statuses.recordOutcome(DisputeCaseVariables.caseId(execution), value, notes == null ? null : notes.toString());
    }
}
