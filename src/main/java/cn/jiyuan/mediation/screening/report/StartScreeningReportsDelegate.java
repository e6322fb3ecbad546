package cn.jiyuan.mediation.screening.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.schedule.RoundOpener;
import cn.jiyuan.mediation.screening.schedule.ScreeningScheduleVariables;

/** Multi-instance service task "下发排查任务": starts the report processes of one batch ({@code batch}). */
@Component("startScreeningReports")
public class StartScreeningReportsDelegate implements JavaDelegate {

    private final ReportStarter starter;

    public StartScreeningReportsDelegate(ReportStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        starter.start(RoundOpener.parseBatch((String) execution.getVariable(ScreeningScheduleVariables.BATCH)));
    }
}
