package cn.jiyuan.mediation.screening.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Service task "转司法所督促": records that the silent unit's justice office is told (the supervision task
 * "督促排查报告" follows).
 */
@Component("escalateScreeningReport")
public class EscalateScreeningReportDelegate implements JavaDelegate {

    private final ScreeningReportRepository reports;
    private final ScreeningClock clock;

    public EscalateScreeningReportDelegate(ScreeningReportRepository reports, ScreeningClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.markSupervised(((Number) execution.getVariable(ScreeningReportVariables.REPORT_ID)).longValue(), clock.now());
    }
}
