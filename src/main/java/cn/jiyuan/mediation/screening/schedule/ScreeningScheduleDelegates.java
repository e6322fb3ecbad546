package cn.jiyuan.mediation.screening.schedule;

import static cn.jiyuan.mediation.screening.schedule.ScreeningScheduleVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegate of processes/screening-schedule.bpmn (referenced as {@code ${beanName}}). Its "下发排查任务" is
 * {@code startScreeningReports} of cn.jiyuan.mediation.screening.report.ScreeningReportDelegates, which
 * screening-campaign.bpmn uses too.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningScheduleDelegates {

    /**
     * 确定今日排查轮次: opens the rounds of {@code screeningDate} (or today) and hands their reports to the next
     * activity in batches.
     */
    @Bean
    public JavaDelegate planScreeningRounds(ScreeningSchedule schedule) {
        return execution -> {
            ScreeningSchedule.DayPlan plan = schedule.planGiven(execution.getVariable(SCREENING_DATE));
            execution.setVariable(SCREENING_DATE, plan.day().toString());
            execution.setVariable(ROUND_IDS, plan.roundIds().stream().map(String::valueOf).toList());
            execution.setVariable(BATCHES, plan.batches());
        };
    }
}
