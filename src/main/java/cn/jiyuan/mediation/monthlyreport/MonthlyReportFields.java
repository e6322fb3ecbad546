package cn.jiyuan.mediation.monthlyreport;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * The read-only texts of the monthly work's forms, built from the report's tables when a form is opened and never
 * stored in the engine (the meeting's decisions and items are typed text): 月报概要 ({@value #SUMMARY}) of the
 * sign-off form, 决定事项 ({@value #ITEM}) of the follow-up form, and 报送情况 of the city's roll-up as it was produced
 * ({@link MonthlyRollup}). The engine has already let the viewer read the
 * task when these are added.
 */
@Component
public class MonthlyReportFields implements VirtualFormFields {

    static final String SUMMARY = "reportSummary";
    static final String ITEM = "followUpItem";
    static final String REVIEW_FORM = "monthly-report-review";
    static final String FOLLOW_UP_FORM = "monthly-follow-up";
    static final String ROLLUP_FORM = "monthly-rollup";

    private final MonthlyReportGenerator generator;
    private final MonthlyReportRepository repository;
    private final TaskService tasks;
    private final IdentityService identity;

    public MonthlyReportFields(MonthlyReportGenerator generator, MonthlyReportRepository repository, TaskService tasks,
                               IdentityService identity) {
        this.generator = generator;
        this.repository = repository;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public Set<String> keys() {
        return Set.of(SUMMARY, ITEM, MonthlyScheduleVariables.ROLLUP);
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (MonthlyScheduleVariables.PROCESS_KEY.equals(task.processDefinitionKey()) && ROLLUP_FORM.equals(task.formId())) {
            Object roundId = variable(task, MonthlyScheduleVariables.ROUND_ID);
            return roundId == null ? Map.of() : repository.findRollup(((Number) roundId).longValue())
                    .map(r -> Map.of(MonthlyScheduleVariables.ROLLUP, r.text())).orElse(Map.of());
        }
        if (!MonthlyReportVariables.PROCESS_KEY.equals(task.processDefinitionKey())) {
            return Map.of();
        }
        if (REVIEW_FORM.equals(task.formId())) {
            Object reportId = variable(task, MonthlyReportVariables.REPORT_ID);
            return reportId == null ? Map.of() : Map.of(SUMMARY, generator.summary(((Number) reportId).longValue()));
        }
        if (FOLLOW_UP_FORM.equals(task.formId())) {
            Object followUpId = variable(task, MonthlyReportVariables.FOLLOW_UP_ID);
            return followUpId == null ? Map.of() : repository.followUp(Long.parseLong(followUpId.toString()))
                    .map(f -> Map.of(ITEM, "第" + f.itemNo() + "项：" + f.item() + "\n责任人：" + f.ownerName() + "；完成期限："
                            + MonthlyReportTexts.day(f.dueDate()))).orElse(Map.of());
        }
        return Map.of();
    }

    private Object variable(TaskView task, String name) {
        return SystemAuthority.call(identity, () -> tasks.getVariable(task.id(), name));
    }
}
