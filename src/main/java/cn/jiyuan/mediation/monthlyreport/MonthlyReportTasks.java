package cn.jiyuan.mediation.monthlyreport;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The steps of an office's month around its tasks: the head's review (sign off or return), the reminder and the
 * grassroots section's supervision of a silent office, and the follow-up items of the meeting (their owner's tasks).
 */
@Service
public class MonthlyReportTasks {

    static final int OVERDUE_PRIORITY = 80;
    static final String REMINDER = "月报已逾期，请尽快召开例会并报送";
    /** The office's tasks a reminder raises (the meeting and the sign-off). */
    static final Set<String> OFFICE_TASKS = Set.of("holdMeeting", "signOff");

    private final MonthlyReportRepository repository;
    private final TaskService tasks;
    private final ScreeningClock clock;

    public MonthlyReportTasks(MonthlyReportRepository repository, TaskService tasks, ScreeningClock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * 登记审核意见: signs the report off, or returns it to the meeting record (an opinion is then required).
     *
     * @return whether the report is signed off
     */
    public boolean review(long reportId, Object decision, Object opinion, String by) {
        String choice = FormValues.text(decision);
        String text = FormValues.text(opinion);
        if (!MonthlyReportVariables.APPROVE.equals(choice) && !MonthlyReportVariables.RETURN.equals(choice)) {
            throw new MonthlyReportRejected("请选择审核结果（签发或退回修改）", MonthlyReportVariables.REVIEW_DECISION);
        }
        if (text != null && text.length() > 2000) {
            throw new MonthlyReportRejected("审核意见最多2000个字", MonthlyReportVariables.REVIEW_OPINION);
        }
        boolean signedOff = MonthlyReportVariables.APPROVE.equals(choice);
        if (!signedOff && text == null) {
            throw new MonthlyReportRejected("退回修改的，请在审核意见中写明需要修改的内容", MonthlyReportVariables.REVIEW_OPINION);
        }
        repository.recordReview(reportId, signedOff, text, by, clock.now());
        return signedOff;
    }

    /** 逾期提醒: the office's open task moves up and says why. */
    public void remind(long reportId, String processInstanceId) {
        for (Task task : openOfficeTasks(processInstanceId)) {
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), OVERDUE_PRIORITY));
            tasks.createComment(task.getId(), processInstanceId, REMINDER);
        }
        repository.markReminded(reportId, clock.now());
    }

    /** 转市局基层科督办: records that the grassroots section is told (its task 督办月度工作 follows). */
    public void escalate(long reportId) {
        repository.markSupervised(reportId, clock.now());
    }

    /** 督办月度工作, complete: how the grassroots section supervised the office. */
    public void recordSupervision(long reportId, Object note, String by) {
        String text = FormValues.text(note);
        if (text == null) {
            throw new MonthlyReportRejected("请填写督办情况", MonthlyReportVariables.SUPERVISION_NOTE);
        }
        if (text.length() > 2000) {
            throw new MonthlyReportRejected("督办情况最多2000个字", MonthlyReportVariables.SUPERVISION_NOTE);
        }
        repository.recordSupervision(reportId, text, by);
    }

    /** The owner and the due date (end of the due day, Jiyuan time) of a follow-up item's task. */
    public record Assignment(String owner, Date due) {
    }

    public Assignment assignment(long followUpId) {
        MonthlyReportRepository.FollowUp item = repository.followUp(followUpId).orElseThrow();
        ZoneId zone = ScreeningClock.ZONE;
        return new Assignment(item.ownerLogin(), Date.from(item.dueDate().atTime(18, 0).atZone(zone).toInstant()));
    }

    /** 落实例会决定事项, complete: what was done. */
    public void recordFollowUp(long followUpId, Object result, String by) {
        String text = FormValues.text(result);
        if (text == null) {
            throw new MonthlyReportRejected("请填写落实情况", MonthlyReportVariables.FOLLOW_UP_RESULT);
        }
        if (text.length() > 2000) {
            throw new MonthlyReportRejected("落实情况最多2000个字", MonthlyReportVariables.FOLLOW_UP_RESULT);
        }
        repository.recordFollowUp(followUpId, text, by, clock.now());
    }

    private List<Task> openOfficeTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .filter(t -> OFFICE_TASKS.contains(t.getTaskDefinitionKey())).toList();
    }
}
