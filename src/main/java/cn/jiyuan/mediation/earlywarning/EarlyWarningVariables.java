package cn.jiyuan.mediation.earlywarning;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.jiyuan.mediation.cases.CaseVariables;

/** Key, messages and variable names of the process early-warning (processes/early-warning.bpmn). */
public final class EarlyWarningVariables {

    public static final String PROCESS_KEY = "early-warning";
    /** Correlated by {@link EscalationEventListener} when a case ends (CaseEndedEvent), by caseId. */
    public static final String CASE_ENDED_MESSAGE = "caseEnded";

    /** Long: the case. */
    public static final String CASE_ID = CaseVariables.CASE_ID;
    public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;
    /** The risk level of this warning (LOW..CRITICAL). */
    public static final String RISK_LEVEL = CaseVariables.RISK_LEVEL;
    /** Why this warning, in Chinese. */
    public static final String REASON = "reason";
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    /** The event of this warning: "registered" or "risk-raised-{uuid}"; part of every e-mail's identity. */
    public static final String EVENT_ID = "eventId";
    /** WARNING (at intake) or ESCALATION (risk raised later). */
    public static final String WARNING_KIND = "warningKind";
    /** true: this instance follows the case to its end (only one per case); false: an escalation only. */
    public static final String TRACKING = "tracking";
    /** true when the case had already ended when the warning started. */
    public static final String CASE_ENDED = "caseEnded";
    /** Candidate group of the justice office tasks: justice-office-{townCode}. */
    public static final String JUSTICE_OFFICE_GROUP = "justiceOfficeGroup";
    /** Set by the ledger step: open the contingency-plan task (CRITICAL, not opened before for the case). */
    public static final String CONTINGENCY_NEEDED = "contingencyNeeded";
    /** List of "email|name" strings; element variable of the multi-instance mail tasks: {@link #RECIPIENT}. */
    public static final String WARNING_RECIPIENTS = "warningRecipients";
    public static final String REPORT_RECIPIENTS = "reportRecipients";
    public static final String RECIPIENT = "recipient";
    /** Set when the report is prepared: the level reported (highest on the ledger) and the report's event. */
    public static final String REPORT_LEVEL = "reportLevel";
    public static final String REPORT_EVENT_ID = "reportEventId";
    /** Set by the caseEnded message: final status and outcome of the case. */
    public static final String CASE_STATUS = "caseStatus";
    public static final String CASE_OUTCOME = "caseOutcome";

    /** Set by the form of 启动应急预案 (activateContingencyPlan). */
    public static final String MEASURES = "measures";
    public static final String RESPONSIBLE_PERSON = "responsiblePerson";
    public static final String CONTINGENCY_PLAN = "contingencyPlan";
    /** Set by the form of 记录党委政府批示 (recordInstructions). */
    public static final String INSTRUCTIONS = "instructions";
    public static final String INSTRUCTED_BY = "instructedBy";
    /** Set by the form of 记录联合处置 (recordJointHandling). */
    public static final String JOINT_HANDLING = "jointHandling";
    public static final String JOINT_DEPARTMENTS = "jointDepartments";
    /** The plan forms' fields: written into the ledger's plan, then removed from the process. */
    public static final List<String> PLAN_FIELDS = List.of(MEASURES, RESPONSIBLE_PERSON, CONTINGENCY_PLAN,
            INSTRUCTIONS, INSTRUCTED_BY, JOINT_HANDLING, JOINT_DEPARTMENTS);

    public static final String REGISTERED_EVENT = "registered";
    public static final String ENDED_EVENT = "ended";

    private EarlyWarningVariables() {
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
