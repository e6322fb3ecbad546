package cn.jiyuan.mediation.monthlyreport;

import static cn.jiyuan.mediation.monthlyreport.MonthlyReportVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.forms.FormCatalog;

/**
 * The delegates and task listeners of processes/monthly-report.bpmn (referenced as {@code ${beanName}}): they read
 * the few variables they need and call the services; what a user typed is recorded in the report's tables and
 * removed from the process in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyReportDelegates {

    static final String MEETING_FORM = "monthly-meeting";

    /** 登记例会纪要: checks and records the meeting; its follow-up items become the tasks after the report. */
    @Bean
    public JavaDelegate recordMonthlyMeeting(MonthlyMeetings meetings, FormCatalog forms) {
        return execution -> {
            Map<String, Object> form = forms.submitted(MEETING_FORM, execution);
            List<String> followUps = meetings.record(reportId(execution), form, currentUser(execution));
            execution.setVariable(FOLLOW_UP_IDS, new ArrayList<>(followUps));
            form.keySet().forEach(execution::removeVariable);
        };
    }

    /** 生成月报 (asynchronous, retried): the PDF from the statistics and the meeting. */
    @Bean
    public JavaDelegate generateMonthlyReport(MonthlyReportGenerator generator) {
        return execution -> generator.generate(reportId(execution));
    }

    /** 确定审核签发人: the office's head, else a deputy head, else (with a warning) the office's staff. */
    @Bean
    public JavaDelegate chooseMonthlySigner(MonthlySigners signers) {
        return execution -> {
            MonthlySigners.Signer signer = signers.of((String) execution.getVariable(TOWN_CODE));
            execution.setVariable(SIGN_OFF_GROUP, signer.groupId());
            execution.setVariable(SIGN_OFF_NOTE, signer.note());
        };
    }

    /** 登记审核意见: signed off or returned; the opinion leaves the process. */
    @Bean
    public JavaDelegate recordMonthlyReview(MonthlyReportTasks tasks) {
        return execution -> {
            boolean signedOff = tasks.review(reportId(execution), execution.getVariable(REVIEW_DECISION),
                    execution.getVariable(REVIEW_OPINION), currentUser(execution));
            execution.setVariable(SIGNED_OFF, signedOff);
            execution.removeVariable(REVIEW_OPINION);
            execution.removeVariable(REVIEW_DECISION);
        };
    }

    /** 逾期提醒 (after the due-time timer). */
    @Bean
    public JavaDelegate remindMonthlyReport(MonthlyReportTasks tasks) {
        return execution -> tasks.remind(reportId(execution), execution.getProcessInstanceId());
    }

    /** 转市局基层科督办. */
    @Bean
    public JavaDelegate escalateMonthlyReport(MonthlyReportTasks tasks) {
        return execution -> tasks.escalate(reportId(execution));
    }

    /** 督办月度工作, complete: the note goes onto the report and leaves the process. */
    @Bean
    public TaskListener recordMonthlySupervision(MonthlyReportTasks tasks) {
        return task -> {
            tasks.recordSupervision(reportId(task), task.getVariable(SUPERVISION_NOTE), completedBy(task));
            task.getExecution().removeVariable(SUPERVISION_NOTE);
        };
    }

    /** 报送月报 (asynchronous, retried): the e-mail, sent once however often the job runs. */
    @Bean
    public JavaDelegate sendMonthlyReport(MonthlyReportMailer mailer) {
        return execution -> mailer.send(reportId(execution), execution.getProcessInstanceId());
    }

    /** 登记已报送: the report is in; the last of the month tells the month's schedule. */
    @Bean
    public JavaDelegate markMonthlyReportSent(MonthlyRounds rounds) {
        return execution -> rounds.reportedOne(reportId(execution));
    }

    /** 落实例会决定事项, create: the item's owner and due date. */
    @Bean
    public TaskListener assignMonthlyFollowUp(MonthlyReportTasks tasks) {
        return task -> {
            MonthlyReportTasks.Assignment a = tasks.assignment(followUpId(task));
            task.setAssignee(a.owner());
            task.setDueDate(a.due());
        };
    }

    /** 落实例会决定事项, complete: what was done goes onto the item and leaves the process. */
    @Bean
    public TaskListener recordMonthlyFollowUp(MonthlyReportTasks tasks) {
        return task -> {
            tasks.recordFollowUp(followUpId(task), task.getVariable(FOLLOW_UP_RESULT), completedBy(task));
            task.getExecution().removeVariable(FOLLOW_UP_RESULT);
        };
    }

    /** The user completing the task in progress, or "system" when the platform itself runs the step. */
    static String currentUser(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "system";
    }

    private static String completedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    private static long reportId(VariableScope scope) {
        return ((Number) scope.getVariable(REPORT_ID)).longValue();
    }

    private static long followUpId(VariableScope scope) {
        return Long.parseLong(scope.getVariable(FOLLOW_UP_ID).toString());
    }
}
