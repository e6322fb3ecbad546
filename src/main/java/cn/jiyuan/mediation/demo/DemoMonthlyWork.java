package cn.jiyuan.mediation.demo;

import java.time.YearMonth;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.monthlyreport.MonthlyReportRepository;
import cn.jiyuan.mediation.monthlyreport.MonthlyScheduleVariables;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Demo profile only: the month's work is opened at startup (once; a later start finds it open), so that the
 * justice offices' users — 陈思远 (chensiyuan) of 克井司法所 — find 召开调委会主任例会 in Tasklist without waiting for
 * the opening day. It is the platform's own catch-up of a month (message monthlyReportCatchUp), as an operator would
 * send it after an outage. Not in the end-to-end tests' contexts, which set mediation.demo.enabled but not the profile.
 */
@Component
@Profile("demo")
public class DemoMonthlyWork {

    private static final Logger log = LoggerFactory.getLogger(DemoMonthlyWork.class);

    private final RuntimeService runtime;
    private final MonthlyReportRepository reports;
    public DemoMonthlyWork(RuntimeService runtime, MonthlyReportRepository reports) {
        this.runtime = runtime;
        this.reports = reports;
    }

    @EventListener
    @Order(10)
    public void openThisMonth(ApplicationReadyEvent event) {
        // the calendar month (not the last one opened by the day): its report is still ahead, its tasks not yet late
        YearMonth month = YearMonth.now(ScreeningClock.ZONE);
        if (reports.findRound(month).isPresent()) {
            return;
        }
        runtime.createMessageCorrelation(MonthlyScheduleVariables.CATCH_UP_MESSAGE)
                .setVariable(MonthlyScheduleVariables.PERIOD, month.toString()).correlateStartMessage();
        log.info("Demo: the monthly work of {} is opened; each justice office finds 召开调委会主任例会 in Tasklist", month);
    }
}
