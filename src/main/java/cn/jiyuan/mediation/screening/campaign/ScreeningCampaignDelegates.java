package cn.jiyuan.mediation.screening.campaign;

import static cn.jiyuan.mediation.screening.campaign.ScreeningCampaignVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.report.ScreeningReportVariables;

/**
 * The delegates and task listener of processes/screening-campaign.bpmn (referenced as {@code ${beanName}}), and
 * {@code checkScreeningCampaign}, the campaign check of screening-report.bpmn. The campaign's "下发排查任务" is
 * {@code startScreeningReports} of cn.jiyuan.mediation.screening.report.ScreeningReportDelegates.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningCampaignDelegates {

    /**
     * 确定排查范围: checks the start form (and that the starter may screen that scope), then opens the round.
     * Problems fail the start, so Tasklist shows them.
     */
    @Bean
    public JavaDelegate planScreeningCampaign(CampaignPlanner planner) {
        return execution -> {
            CampaignPlanner.CampaignPlan plan = planner.planStarted(execution.getVariables(),
                    (String) execution.getVariable(INITIATOR), execution.getProcessInstanceId());
            execution.setVariable(ROUND_ID, plan.roundId());
            execution.setVariable(EXPECTED_UNITS, plan.expectedUnits());
            execution.setVariable(DUE_AT, ScreeningClock.toDate(plan.due().dueAt()));
            execution.setVariable(BATCHES, plan.batches());
        };
    }

    /** 专项排查汇总, create: the campaign's results, for the summary form to show. */
    @Bean
    public TaskListener showCampaignRollup(CampaignRollup rollup) {
        return task -> task.setVariableLocal(ROLLUP, rollup.text(roundId(task, ROUND_ID)));
    }

    /** 归档汇总意见: keeps the starter's summary opinion with the campaign's round. */
    @Bean
    public JavaDelegate recordCampaignSummary(CampaignSummary summary) {
        return execution -> summary.record(roundId(execution, ROUND_ID), execution.getVariable(SUMMARY_OPINION));
    }

    /**
     * 检查专项排查进度 of screening-report (after a campaign report, asynchronously): tells the campaign when every
     * unit has reported. It runs in the report's instance, hence that process's variable.
     */
    @Bean
    public JavaDelegate checkScreeningCampaign(CampaignProgress progress) {
        return execution -> progress.check(roundId(execution, ScreeningReportVariables.ROUND_ID));
    }

    private static long roundId(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }
}
