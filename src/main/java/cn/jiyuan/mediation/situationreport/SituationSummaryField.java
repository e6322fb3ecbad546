package cn.jiyuan.mediation.situationreport;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * The report and its handling so far, shown read-only in the form of 跟踪处置 ({@value SituationReportVariables#SUMMARY}),
 * read from the tables when the form opens: the people involved are personal data and never enter the process.
 * Whoever may open the task (the town's justice office; the engine's checks decided that) reads it in full.
 */
@Component
public class SituationSummaryField implements VirtualFormFields {

    static final String FORM = "situation-handling";

    private final SituationReports reports;
    private final RuntimeService runtime;
    private final SystemAuthority system;

    public SituationSummaryField(SituationReports reports, RuntimeService runtime, SystemAuthority system) {
        this.reports = reports;
        this.runtime = runtime;
        this.system = system;
    }

    @Override
    public Set<String> keys() {
        return Set.of(SituationReportVariables.SUMMARY);
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (!SituationReportVariables.PROCESS_KEY.equals(task.processDefinitionKey()) || !FORM.equals(task.formId())) {
            return Map.of();
        }
        Object id = system.call(() -> runtime.getVariable(task.processInstanceId(), SituationReportVariables.REPORT_ID));
        return id instanceof Number n ? Map.of(SituationReportVariables.SUMMARY, reports.summary(n.longValue())) : Map.of();
    }
}
