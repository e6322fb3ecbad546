package cn.jiyuan.mediation.screening.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "逾期提醒" (after the report's due-time timer). */
@Component("remindScreeningReport")
public class RemindScreeningReportDelegate implements JavaDelegate {

    private final ScreeningReminder reminder;

    public RemindScreeningReportDelegate(ScreeningReminder reminder) {
        this.reminder = reminder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminder.remind(((Number) execution.getVariable(ScreeningReportVariables.REPORT_ID)).longValue(), execution.getProcessInstanceId());
    }
}
