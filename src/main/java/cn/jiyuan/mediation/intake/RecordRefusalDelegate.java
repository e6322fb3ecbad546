package cn.jiyuan.mediation.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseStatusService;

/** Service task "记录拒绝调解并告知其他途径" of dispute-case. */
@Component("recordRefusal")
public class RecordRefusalDelegate implements JavaDelegate {

    private final CaseStatusService statuses;
    private final CaseOfProcess caseOf;

    public RecordRefusalDelegate(CaseStatusService statuses, CaseOfProcess caseOf) {
        this.statuses = statuses;
        this.caseOf = caseOf;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statuses.recordRefusal(caseOf.id(execution));
    }
}
