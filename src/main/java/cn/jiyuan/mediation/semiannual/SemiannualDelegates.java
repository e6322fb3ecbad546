package cn.jiyuan.mediation.semiannual;

import static cn.jiyuan.mediation.semiannual.SemiannualVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The delegates and the task listener of processes/semiannual-round.bpmn and processes/semiannual-summary.bpmn
 * (referenced as {@code ${beanName}}), each a call of a service of this package.
 */
@Configuration(proxyBeanMethods = false)
public class SemiannualDelegates {

    /**
     * 下发半年工作总结任务: opens the half-year's round (once) with a summary process per office and committee; the
     * round waits for the due date only when this start issued it.
     */
    @Bean
    public JavaDelegate openSemiannualRound(SemiannualRounds rounds) {
        return execution -> {
            SemiannualRounds.Opened opened = rounds.open((String) execution.getVariable(INITIATOR),
                    execution.getProcessInstanceId());
            execution.setVariable(ROUND_OPENED, opened.issued());
            execution.setVariable(ROUND_ID, opened.round().id());
            execution.setVariable(PERIOD_CODE, opened.round().periodCode());
            execution.setVariable(ROUND_TITLE, opened.round().title());
            execution.setVariable(DUE_AT, ScreeningClock.toDate(opened.round().dueAt()));
            execution.setVariable(DUE_TEXT, CaseTime.shownDay(ScreeningClock.toDate(opened.round().dueAt())));
        };
    }

    /** 半年工作总结汇总, create: who has and has not submitted, for the form to show. */
    @Bean
    public TaskListener showSemiannualOverview(SemiannualOverviews overviews) {
        return task -> task.setVariableLocal(OVERVIEW_TEXT,
                overviews.text(((Number) task.getVariable(ROUND_ID)).longValue()));
    }

    /** 提前7天提醒 and 提前2天提醒. */
    @Bean
    public JavaDelegate remindSemiannualSummary(SummarySubmissions submissions) {
        return execution -> submissions.remind(summaryId(execution), execution.getProcessInstanceId(),
                (Date) execution.getVariable(DUE_AT));
    }

    /** 邮件提醒（截止前7天、2天）: asynchronous and retried; each reminder's e-mail once. */
    @Bean
    public JavaDelegate mailSemiannualReminder(SummaryReminderMailer mailer) {
        return execution -> mailer.send(summaryId(execution),
                ((Number) execution.getVariable(DAYS_BEFORE)).intValue(), execution.getProcessInstanceId());
    }

    /** 逾期提示. */
    @Bean
    public JavaDelegate markSemiannualSummaryOverdue(SummarySubmissions submissions) {
        return execution -> submissions.markOverdue(execution.getProcessInstanceId());
    }

    /** 登记工作总结: the text goes to semiannual_summary, and out of the process. */
    @Bean
    public JavaDelegate recordSemiannualSummary(SummarySubmissions submissions) {
        return execution -> {
            submissions.submit(summaryId(execution), execution.getVariable(SUMMARY_TEXT));
            execution.removeVariable(SUMMARY_TEXT);
        };
    }

    private static long summaryId(DelegateExecution execution) {
        return ((Number) execution.getVariable(SUMMARY_ID)).longValue();
    }
}
