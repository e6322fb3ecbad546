package cn.jiyuan.mediation.screening.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Multi-instance service task "登记为案件" of {@code screening-report}: registers one found dispute
 * ({@code findingId}) as a case, in a job of its own (a failing intake shows as an incident in Cockpit
 * and is retried; the report stays recorded).
 */
@Component("registerFoundDispute")
public class RegisterFoundDisputeDelegate implements JavaDelegate {

    private final FoundDisputeCases cases;

    public RegisterFoundDisputeDelegate(FoundDisputeCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.register(Long.parseLong(execution.getVariable(ScreeningReportVariables.FINDING_ID).toString()))
                .ifPresent(c -> execution.setVariableLocal(ScreeningReportVariables.CASE_NUMBER, c.caseNumber()));
    }
}
