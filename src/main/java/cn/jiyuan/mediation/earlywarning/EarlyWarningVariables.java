package cn.jiyuan.mediation.earlywarning;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Key, messages and variable names of the process early-warning (processes/early-warning.bpmn). */
public final class EarlyWarningVariables {

    public static final String PROCESS_KEY = "early-warning";
    /** Correlated by {@link EscalationEventListener} when a case ends (CaseEndedEvent), by caseId. */
    public static final String CASE_ENDED_MESSAGE = "caseEnded";

    /** Long: the case. */
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** The risk level of this warning (LOW..CRITICAL). */
    public static final String RISK_LEVEL = "riskLevel";
    /** Why this warning, in Chinese. */
    public static final String REASON = "reason";
    public static final String TOWN_CODE = "townCode";
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

    public static final String REGISTERED_EVENT = "registered";
    public static final String ENDED_EVENT = "ended";

    private EarlyWarningVariables() {
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
