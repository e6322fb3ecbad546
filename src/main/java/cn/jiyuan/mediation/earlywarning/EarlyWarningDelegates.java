package cn.jiyuan.mediation.earlywarning;

import static cn.jiyuan.mediation.earlywarning.EarlyWarningVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.RiskLevel;

/**
 * The delegates and task listener of processes/early-warning.bpmn (referenced as {@code ${beanName}}): they read
 * the variables they need and call {@link EarlyWarningService}; the justice office's plan forms are written into
 * the case's one-case-one-plan record ({@link StabilityLedger}). The case is the business key's
 * ({@link CaseOfProcess}), never a variable a user could change.
 */
@Configuration(proxyBeanMethods = false)
public class EarlyWarningDelegates {

    static final String CONTINGENCY_TASK = "activateContingencyPlan";
    static final String INSTRUCTIONS_TASK = "recordInstructions";
    static final String JOINT_HANDLING_TASK = "recordJointHandling";

    /** 登记专门台账（一案一策）: sets whether the contingency plan is to be started. */
    @Bean
    public JavaDelegate enterStabilityLedger(EarlyWarningService warnings, CaseOfProcess caseOf) {
        return execution -> execution.setVariable(CONTINGENCY_NEEDED,
                warnings.enterLedger(caseOf.id(execution), riskLevel(execution, RISK_LEVEL),
                        string(execution, REASON)));
    }

    /** 确定预警对象. */
    @Bean
    public JavaDelegate determineWarningRecipients(EarlyWarningService warnings, CaseOfProcess caseOf) {
        return execution -> execution.setVariable(WARNING_RECIPIENTS,
                warnings.warningRecipients(caseOf.id(execution), riskLevel(execution, RISK_LEVEL)));
    }

    /** 发送预警邮件 (asynchronous, one job per recipient, retried). */
    @Bean
    public JavaDelegate sendWarningMail(EarlyWarningService warnings, CaseOfProcess caseOf) {
        return execution -> warnings.sendWarningMail(caseOf.id(execution), string(execution, RECIPIENT),
                MailKind.valueOf(string(execution, WARNING_KIND)), riskLevel(execution, RISK_LEVEL),
                string(execution, REASON), string(execution, EVENT_ID), execution.getProcessInstanceId());
    }

    /** 确定报告对象: the level reported, the report's event and its recipients. */
    @Bean
    public JavaDelegate determineReportRecipients(EarlyWarningService warnings, CaseOfProcess caseOf) {
        return execution -> {
            EarlyWarningService.OutcomeReport report = warnings.outcomeReport(caseOf.id(execution),
                    riskLevel(execution, RISK_LEVEL));
            execution.setVariable(REPORT_LEVEL, report.level().name());
            execution.setVariable(REPORT_EVENT_ID, report.eventId());
            execution.setVariable(REPORT_RECIPIENTS, report.recipients());
        };
    }

    /** 报告处置结果 (asynchronous, one job per recipient, retried). */
    @Bean
    public JavaDelegate sendOutcomeMail(EarlyWarningService warnings, CaseOfProcess caseOf) {
        return execution -> warnings.sendOutcomeMail(caseOf.id(execution), string(execution, RECIPIENT),
                riskLevel(execution, REPORT_LEVEL), string(execution, REPORT_EVENT_ID),
                execution.getProcessInstanceId());
    }

    /** 台账销号. */
    @Bean
    public JavaDelegate closeStabilityLedger(EarlyWarningService warnings, CaseOfProcess caseOf) {
        return execution -> warnings.closeLedger(caseOf.id(execution));
    }

    /**
     * 启动应急预案 (measures, responsible person, contingency plan), 记录党委政府批示 (instructions and by whom)
     * and 记录联合处置 (joint handling and the departments involved), complete: the form goes into the ledger's
     * plan, and its free text does not stay in the process.
     */
    @Bean
    public TaskListener stabilityPlanForms(StabilityLedger ledger, CaseOfProcess caseOf) {
        return task -> {
            long caseId = caseOf.id(task);
            String by = completedBy(task);
            switch (task.getTaskDefinitionKey()) {
                case CONTINGENCY_TASK -> ledger.recordContingencyPlan(caseId, text(task, MEASURES),
                        text(task, RESPONSIBLE_PERSON), text(task, CONTINGENCY_PLAN), by, CaseTime.now());
                case INSTRUCTIONS_TASK -> ledger.recordInstructions(caseId, text(task, INSTRUCTIONS),
                        text(task, INSTRUCTED_BY), by, CaseTime.now());
                case JOINT_HANDLING_TASK -> ledger.recordJointHandling(caseId, text(task, JOINT_HANDLING),
                        text(task, JOINT_DEPARTMENTS), by, CaseTime.now());
                default -> throw new IllegalStateException("no plan record for task " + task.getTaskDefinitionKey());
            }
            PLAN_FIELDS.forEach(task.getExecution()::removeVariable);
        };
    }

    /** The user completing the task (or the assignee; "system" when neither is known). */
    private static String completedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    private static RiskLevel riskLevel(VariableScope scope, String name) {
        return RiskLevel.valueOf(string(scope, name));
    }

    private static String text(DelegateTask task, String name) {
        String value = string(task, name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
