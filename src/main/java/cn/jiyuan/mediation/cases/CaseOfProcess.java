package cn.jiyuan.mediation.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The case a process instance works on, taken from where no user can write it: the business key (the case
 * number, set by the platform when it starts dispute-case or early-warning). A {@code caseId} variable is kept
 * for Cockpit and filters but never trusted: a user who could change a variable must not be able to make a
 * delegate act on another case.
 */
@Component
public class CaseOfProcess {

    private final CaseRepository cases;

    public CaseOfProcess(CaseRepository cases) {
        this.cases = cases;
    }

    public long id(VariableScope scope) {
        String number = caseNumber(scope);
        return cases.findByNumber(number).map(CaseFile::id)
                .orElseThrow(() -> new IllegalStateException("no case numbered " + number));
    }

    public CaseFile find(VariableScope scope) {
        String number = caseNumber(scope);
        return cases.findByNumber(number).orElseThrow(() -> new IllegalStateException("no case numbered " + number));
    }

    public static String caseNumber(VariableScope scope) {
        String key = null;
        if (scope instanceof DelegateExecution execution) {
            key = execution.getProcessBusinessKey();
        } else if (scope instanceof DelegateTask task && task.getExecution() != null) {
            key = task.getExecution().getProcessBusinessKey();
        }
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("the process instance has no business key (case number)");
        }
        return key;
    }
}
