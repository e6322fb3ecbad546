package cn.jiyuan.mediation.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseStatusService;

/** Service task "记录拒绝调解并告知其他途径" of dispute-case. */
@Component("recordRefusal")
public class RecordRefusalDelegate implements JavaDelegate {

    private final CaseStatusService statuses;

    public RecordRefusalDelegate(CaseStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statuses.recordRefusal(DisputeCaseVariables.caseId(execution));
    }
}
