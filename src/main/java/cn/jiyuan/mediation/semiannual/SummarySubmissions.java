package cn.jiyuan.mediation.semiannual;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.forms.FormInputException;
import cn.jiyuan.mediation.platform.UserText;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * What happens to one summary in its process: the reminders before the due date, the mark of an overdue one, and
 * the submission, whose text goes to semiannual_summary (it leaves the process in the same transaction).
 */
@Service
public class SummarySubmissions {

    public static final String TASK = "writeSummary";
    public static final int MAX_TEXT = 20_000;
    public static final int MIN_TEXT = 50;
    public static final int REMINDED_PRIORITY = 70;
    public static final int OVERDUE_PRIORITY = 90;
    static final String FIELD_LABEL = "工作总结";

    private final SemiannualRepository repository;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ScreeningClock clock;

    public SummarySubmissions(SemiannualRepository repository, TaskService tasks, IdentityService identity,
                              ScreeningClock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    /** A reminder 7 or 2 days before the due date: the task moves up in Tasklist and says how many days are left. */
    public void remind(long summaryId, String processInstanceId, Date dueAt) {
        OffsetDateTime now = clock.now();
        // calendar days in Jiyuan: on 23 May a summary due on 30 May has 7 days left
        long days = Math.max(1, ChronoUnit.DAYS.between(now.toLocalDate(),
                dueAt.toInstant().atZone(CaseTime.ZONE).toLocalDate()));
        comment(processInstanceId, REMINDED_PRIORITY, "距半年工作总结报送截止还有" + days + "天，请按时报送");
        repository.markReminded(summaryId, now);
    }

    /** The due date has passed without the summary: the task goes to the top and says so. */
    public void markOverdue(String processInstanceId) {
        comment(processInstanceId, OVERDUE_PRIORITY, "半年工作总结已逾期未报，请尽快报送");
    }

    /**
     * Records the submitted text; refuses (task stays open) an empty, too short or too long one, or one with
     * characters that cannot be shown, naming the field.
     */
    public void submit(long summaryId, Object text) {
        String summary = text instanceof String s ? s.strip() : null;
        if (summary == null || summary.isEmpty()) {
            throw new FormInputException(SemiannualVariables.SUMMARY_TEXT, FIELD_LABEL + "：必填");
        }
        if (summary.length() < MIN_TEXT) {
            throw new FormInputException(SemiannualVariables.SUMMARY_TEXT,
                    FIELD_LABEL + "：不能少于" + MIN_TEXT + "个字");
        }
        if (summary.length() > MAX_TEXT) {
            throw new FormInputException(SemiannualVariables.SUMMARY_TEXT,
                    FIELD_LABEL + "：不能超过" + MAX_TEXT + "个字（现有" + summary.length() + "个字）");
        }
        String problem = UserText.problem(summary, true);
        if (problem != null) {
            throw new FormInputException(SemiannualVariables.SUMMARY_TEXT, FIELD_LABEL + "：" + problem);
        }
        Authentication user = identity.getCurrentAuthentication();
        repository.markSubmitted(summaryId, summary, clock.now(), user == null ? null : user.getUserId());
    }

    private void comment(String processInstanceId, int priority, String message) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(TASK).singleResult();
        if (task != null) {
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), priority));
            tasks.createComment(task.getId(), processInstanceId, message);
        }
    }
}
