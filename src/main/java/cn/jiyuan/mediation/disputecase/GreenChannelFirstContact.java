package cn.jiyuan.mediation.disputecase;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseStatusService;
import cn.jiyuan.mediation.cases.CaseTime;

/**
 * The green channel's first contact (涉企绿色通道，第一时间受理、第一时间调处; notice 三(二)三): a case registered
 * through it must be taken up — the parties contacted and the first mediation session recorded (调解记录, by phone
 * at the least) — by the end of the next working day ({@code startBy}, see {@code WorkingDays}). At noon of that
 * day the mediator is reminded if nothing is recorded yet; at its end a case still without a session goes to the
 * town's justice office for supervision (processes/dispute-case.bpmn, the mediation's green-channel branch, whose
 * reminder timer asks {@link #reminderAt} as {@code ${greenChannelFirstContact.reminderAt(startBy)}}). The time of the
 * reminder is {@code mediation.green-channel.reminder-time} (12:00).
 */
@Service("greenChannelFirstContact")
public class GreenChannelFirstContact {

    private final MediationRecords records;
    private final CaseStatusService statuses;
    private final TaskService tasks;
    private final LocalTime reminderTime;

    public GreenChannelFirstContact(MediationRecords records, CaseStatusService statuses, TaskService tasks,
                                    @Value("${mediation.green-channel.reminder-time:12:00}") String reminderTime) {
        this.records = records;
        this.statuses = statuses;
        this.tasks = tasks;
        this.reminderTime = LocalTime.parse(reminderTime);
    }

    /** When the mediator is reminded: noon (the configured time) of the due day ({@code startBy}: its end). */
    public Date reminderAt(Date due) {
        return Date.from(day(due).atTime(reminderTime).atZone(CaseTime.ZONE).toInstant());
    }

    /** Whether the committee has taken the case up: a mediation session of it is recorded. */
    public boolean made(long caseId) {
        return !records.findSessions(caseId).isEmpty();
    }

    /**
     * Noon of the due day: unless the first contact is recorded, the open mediation task gets a higher priority and
     * a comment, and the case's history a note.
     *
     * @return whether the first contact was already made (then the task's follow-up date is cleared, nothing more)
     */
    @Transactional
    public boolean remindUnlessMade(long caseId, String processInstanceId, Date due) {
        if (made(caseId)) {
            clearFollowUpDate(processInstanceId);
            return true;
        }
        String message = "涉企绿色通道案件须于今天（" + day(due) + "）结束前首次联系当事人、开始调处，目前尚未记录调解。"
                + "请尽快联系双方当事人，并在调解任务中记录本次调解（电话联系也可记录）。";
        for (Task task : mediateTasks(processInstanceId)) {
            tasks.setPriority(task.getId(), Math.min(100, Math.max(task.getPriority(), 80) + 10));
            tasks.createComment(task.getId(), processInstanceId, message);
        }
        statuses.note(caseId, "涉企绿色通道首次联系提醒：" + message);
        return false;
    }

    /**
     * End of the due day: unless the first contact is recorded, the miss is noted in the case's history (the
     * justice office's supervision task follows).
     *
     * @return whether the first contact was made in time (then the task's follow-up date is cleared)
     */
    @Transactional
    public boolean recordMissUnlessMade(long caseId, String processInstanceId, Date due) {
        if (made(caseId)) {
            clearFollowUpDate(processInstanceId);
            return true;
        }
        statuses.note(caseId, "涉企绿色通道案件未在" + day(due) + "（受理后的下一个工作日）结束前首次联系当事人，转司法所督办");
        return false;
    }

    /** 督办意见 of the justice office on a missed first contact. */
    @Transactional
    public void recordSupervision(long caseId, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new MediationInputException(DisputeCaseVariables.SUPERVISION_OPINION, "请填写督办意见");
        }
        statuses.note(caseId, "司法所督办涉企绿色通道案件：" + opinion.strip());
    }

    private List<Task> mediateTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("mediate").list();
    }

    /**
     * The mediation task was created with the due date as its follow-up date (Tasklist marks it); once the contact is
     * made, it no longer has one (the process clears {@code startBy} too, so later mediation tasks have none).
     */
    private void clearFollowUpDate(String processInstanceId) {
        for (Task task : mediateTasks(processInstanceId)) {
            if (task.getFollowUpDate() != null) {
                task.setFollowUpDate(null);
                tasks.saveTask(task);
            }
        }
    }

    private static LocalDate day(Date due) {
        return due.toInstant().atZone(CaseTime.ZONE).toLocalDate();
    }
}
