package cn.jiyuan.mediation.screening.report;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Service task "登记排查结果": checks and records the report the unit just submitted (in the same
 * transaction as the task's completion, so a rejected report leaves the task open) and names the
 * findings to register as cases ({@code findingsToRegister}).
 */
@Component("recordScreeningReport")
public class RecordScreeningReportDelegate implements JavaDelegate {

    private final ReportSubmissionReader reader;
    private final ScreeningReportRecorder recorder;
    private final IdentityService identity;

    public RecordScreeningReportDelegate(ReportSubmissionReader reader, ScreeningReportRecorder recorder,
                                         IdentityService identity) {
        this.reader = reader;
        this.recorder = recorder;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportSubmission submission = reader.read(execution.getVariables());
        Authentication user = identity.getCurrentAuthentication();
        List<Long> toRegister = recorder.record(((Number) execution.getVariable("reportId")).longValue(), submission,
                user == null ? null : user.getUserId());
        execution.setVariable("reportStatus", submission.status().name());
        execution.setVariable("findingsToRegister", toRegister.stream().map(String::valueOf).toList());
    }
}
