package cn.jiyuan.mediation.monthlyreport;

import static cn.jiyuan.mediation.monthlyreport.MonthlyScheduleVariables.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates (and one task listener of an earlier version) of processes/monthly-schedule.bpmn (referenced as {@code ${beanName}}). */
@Configuration(proxyBeanMethods = false)
public class MonthlyScheduleDelegates {

    /** 开启本月月度工作: opens the month once; a second run of the same month sets {@code opened} false. */
    @Bean
    public JavaDelegate openMonthlyRound(MonthlyRounds rounds) {
        return execution -> {
            Optional<MonthlyRounds.Opened> opened = rounds.open(execution.getVariable(PERIOD),
                    execution.getProcessInstanceId());
            execution.setVariable(OPENED, opened.isPresent());
            opened.ifPresent(o -> execution.setVariables(MonthlyRounds.variables(o)));
        };
    }

    /** 下发各司法所月度工作 (multi-instance, one job per town): starts the office's monthly-report process. */
    @Bean
    public JavaDelegate startMonthlyReport(MonthlyRounds rounds) {
        return execution -> rounds.startReport(roundId(execution), (String) execution.getVariable(TOWN));
    }

    /** 汇总全市月报: the month's reports as they stand at the roll-up, kept with the month for the roll-up task. */
    @Bean
    public JavaDelegate produceMonthlyRollup(MonthlyRounds rounds) {
        return execution -> rounds.produceRollup(roundId(execution));
    }

    /**
     * The create listener of the roll-up task in the model deployed before 汇总全市月报 was a step of its own: a month
     * opened with that version still calls it when its roll-up comes; it produces the roll-up (once) as the new step does.
     */
    @Bean
    public TaskListener showMonthlyRollup(MonthlyRounds rounds) {
        return task -> rounds.produceRollup(roundId(task));
    }

    /** 归档汇总意见: keeps the grassroots section's opinion with the month. */
    @Bean
    public JavaDelegate recordMonthlyRollup(MonthlyRounds rounds) {
        return execution -> rounds.recordRollup(roundId(execution), execution.getVariable(ROLLUP_OPINION),
                MonthlyReportDelegates.currentUser(execution));
    }

    private static long roundId(VariableScope scope) {
        return ((Number) scope.getVariable(ROUND_ID)).longValue();
    }
}
