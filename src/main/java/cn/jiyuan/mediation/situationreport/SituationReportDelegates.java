package cn.jiyuan.mediation.situationreport;

import static cn.jiyuan.mediation.situationreport.SituationReportVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and task listener of processes/situation-report.bpmn (referenced as {@code ${beanName}}): they
 * read the few variables they need and call {@link SituationReports}. The start form's texts and the handling
 * notes go into the project's tables and leave the process in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
public class SituationReportDelegates {

    /** 登记重要情况: checks and stores the start form (a bad one undoes the start), keeps ids and recipients. */
    @Bean
    public JavaDelegate recordSituationReport(SituationReports reports) {
        return execution -> {
            Map<String, Object> form = new HashMap<>();
            for (String key : List.of(TITLE, TOWN_CODE, LOCATION, PEOPLE, PEOPLE_COUNT, RISK_LEVEL, DESCRIPTION,
                    MEASURES)) {
                form.put(key, execution.getVariable(key));
            }
            Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            String filedBy = user != null && user.getUserId() != null ? user.getUserId() : string(execution, INITIATOR);
            List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
            SituationReports.Filed filed = reports.file(form, filedBy, groups, execution.getProcessInstanceId());
            FORM_TEXTS.forEach(execution::removeVariable);
            execution.setVariable(REPORT_ID, filed.reportId());
            execution.setVariable(RISK_LEVEL, filed.riskLevel().name());
            execution.setVariable(JUSTICE_OFFICE_GROUP, filed.justiceOfficeGroup());
            execution.setVariable(RECIPIENTS, new ArrayList<>(filed.recipients()));
        };
    }

    /** 报送重要情况 (asynchronous, one job per recipient, retried, sent once). */
    @Bean
    public JavaDelegate sendSituationReportMail(SituationReports reports) {
        return execution -> reports.sendMail(reportId(execution), string(execution, RECIPIENT),
                execution.getProcessInstanceId());
    }

    /** 跟踪处置, complete: the progress note is recorded and leaves the process; the state stays for the gateway. */
    @Bean
    public TaskListener recordSituationHandling(SituationReports reports) {
        return task -> {
            reports.recordProgress(reportId(task), string(task, PROGRESS), string(task, HANDLING_STATE),
                    completedBy(task));
            task.getExecution().removeVariable(PROGRESS);
        };
    }

    /** 办结. */
    @Bean
    public JavaDelegate closeSituationReport(SituationReports reports) {
        return execution -> reports.close(reportId(execution));
    }

    private static String completedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
