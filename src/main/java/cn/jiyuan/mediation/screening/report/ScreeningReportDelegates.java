package cn.jiyuan.mediation.screening.report;

import static cn.jiyuan.mediation.screening.report.ScreeningReportVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.screening.schedule.RoundOpener;
import cn.jiyuan.mediation.screening.schedule.ScreeningScheduleVariables;

/**
 * The delegates of processes/screening-report.bpmn (referenced as {@code ${beanName}}), and
 * {@code startScreeningReports}, which starts this process for the units of a batch: screening-schedule.bpmn and
 * screening-campaign.bpmn issue their reports with it. The campaign check of this model is
 * {@code checkScreeningCampaign} of cn.jiyuan.mediation.screening.campaign.ScreeningCampaignDelegates.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningReportDelegates {

    static final String FORM = "screening-report";

    /**
     * 登记排查结果: checks and records the report the unit just submitted and names the findings to register as
     * cases; the disputes (with the parties' names and phones) are in screening_finding then, not in the process.
     */
    @Bean
    public JavaDelegate recordScreeningReport(ScreeningReportRecorder recorder, FormCatalog forms) {
        return execution -> {
            Map<String, Object> form = forms.submitted(FORM, execution);
            ScreeningReportRecorder.Recorded recorded = recorder.recordSubmitted(reportId(execution), form);
            execution.setVariable(REPORT_STATUS, recorded.status().name());
            execution.setVariable(FINDINGS_TO_REGISTER,
                    recorded.findingsToRegister().stream().map(String::valueOf).toList());
            form.keySet().forEach(execution::removeVariable);
        };
    }

    /**
     * 登记为案件 (multi-instance): registers one found dispute ({@code findingId}) as a case, in a job of its own (a
     * failing intake shows as an incident in Cockpit and is retried; the report stays recorded).
     */
    @Bean
    public JavaDelegate registerFoundDispute(FoundDisputeCases cases) {
        return execution -> cases.register(Long.parseLong(execution.getVariable(FINDING_ID).toString()))
                .ifPresent(c -> execution.setVariableLocal(CASE_NUMBER, c.caseNumber()));
    }

    /** 逾期提醒 (after the report's due-time timer). */
    @Bean
    public JavaDelegate remindScreeningReport(ScreeningReminder reminder) {
        return execution -> reminder.remind(reportId(execution), execution.getProcessInstanceId());
    }

    /** 转司法所督促: records that the silent unit's justice office is told (the task 督促排查报告 follows). */
    @Bean
    public JavaDelegate escalateScreeningReport(ScreeningReminder reminder) {
        return execution -> reminder.supervise(reportId(execution));
    }

    /**
     * 下发排查任务 of screening-schedule and screening-campaign (multi-instance, one job per batch): starts the
     * report processes of one batch. Both models name the element variable alike
     * ({@link ScreeningScheduleVariables#BATCH}, which ScreeningCampaignVariables refers to).
     */
    @Bean
    public JavaDelegate startScreeningReports(ReportStarter starter) {
        return execution -> starter.start(
                RoundOpener.parseBatch((String) execution.getVariable(ScreeningScheduleVariables.BATCH)));
    }

    private static long reportId(DelegateExecution execution) {
        return ((Number) execution.getVariable(REPORT_ID)).longValue();
    }
}
