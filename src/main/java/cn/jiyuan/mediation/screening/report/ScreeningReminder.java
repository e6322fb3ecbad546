package cn.jiyuan.mediation.screening.report;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * A report not in by its due time: the unit's open task moves up in Tasklist (higher priority) and gets a
 * comment saying it is overdue; the report row records when the unit was reminded. Still not in by its
 * supervision time: the report row records that the unit's justice office is told (its supervision task follows).
 */
@Service
public class ScreeningReminder {

    public static final String REPORT_TASK = "report";
    public static final String MESSAGE = "排查报告已逾期，请尽快填报";
    public static final int OVERDUE_PRIORITY = 80;

    private final TaskService tasks;
    private final ScreeningReportRepository reports;
    private final ScreeningClock clock;

    public ScreeningReminder(TaskService tasks, ScreeningReportRepository reports, ScreeningClock clock) {
        this.tasks = tasks;
        this.reports = reports;
        this.clock = clock;
    }

    public void remind(long reportId, String processInstanceId) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(REPORT_TASK)
                .singleResult();
        if (task != null) {
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), OVERDUE_PRIORITY));
            tasks.createComment(task.getId(), processInstanceId, MESSAGE);
        }
        reports.markReminded(reportId, clock.now());
    }

    public void supervise(long reportId) {
        reports.markSupervised(reportId, clock.now());
    }
}
