package cn.jiyuan.mediation.screening.report;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.forms.FormCatalog;

/**
 * Service task "登记排查结果": checks and records the report the unit just submitted (in the same
 * transaction as the task's completion, so a rejected report leaves the task open) and names the
 * findings to register as cases ({@code findingsToRegister}).
 */
@Component("recordScreeningReport")
public class RecordScreeningReportDelegate implements JavaDelegate {

    static final String FORM = "screening-report";

    private final ReportSubmissionReader reader;
    private final ScreeningReportRecorder recorder;
    private final IdentityService identity;
    private final FormCatalog forms;

    public RecordScreeningReportDelegate(ReportSubmissionReader reader, ScreeningReportRecorder recorder,
                                         IdentityService identity, FormCatalog forms) {
        this.reader = reader;
        this.recorder = recorder;
        this.identity = identity;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = forms.submitted(FORM, execution);
        ReportSubmission submission = reader.read(form);
        Authentication user = identity.getCurrentAuthentication();
        List<Long> toRegister = recorder.record(((Number) execution.getVariable(ScreeningReportVariables.REPORT_ID)).longValue(), submission,
                user == null ? null : user.getUserId());
        execution.setVariable(ScreeningReportVariables.REPORT_STATUS, submission.status().name());
        execution.setVariable(ScreeningReportVariables.FINDINGS_TO_REGISTER, toRegister.stream().map(String::valueOf).toList());
        // the disputes (with the parties' names and phones) are in screening_finding now, not in the process
        form.keySet().forEach(execution::removeVariable);
    }
}
