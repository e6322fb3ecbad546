package cn.jiyuan.mediation.situationreport;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.jiyuan.mediation.cases.CaseVariables;

/**
 * Key and variable names of the process situation-report (processes/situation-report.bpmn). What the start form
 * holds (the situation, the people) is written to table situation_report by the first step and removed from the
 * process; from then on the process holds the report's id, its town and risk level, and the recipients.
 */
public final class SituationReportVariables {

    public static final String PROCESS_KEY = "situation-report";

    /** Fields of the start form situation-report. */
    public static final String TITLE = "situationTitle";
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    public static final String LOCATION = "situationLocation";
    public static final String PEOPLE = "situationPeople";
    public static final String PEOPLE_COUNT = "situationPeopleCount";
    public static final String RISK_LEVEL = "situationRiskLevel";
    public static final String DESCRIPTION = "situationDescription";
    public static final String MEASURES = "situationMeasures";
    /** The start form's texts: stored in situation_report, then removed from the process. */
    public static final List<String> FORM_TEXTS = List.of(TITLE, LOCATION, PEOPLE, PEOPLE_COUNT, DESCRIPTION, MEASURES);

    /** Who started the process (the start event's initiator). */
    public static final String INITIATOR = "initiator";
    /** Long: the report (situation_report.id). */
    public static final String REPORT_ID = "situationReportId";
    /** Candidate group of 跟踪处置: justice-office-{townCode}. */
    public static final String JUSTICE_OFFICE_GROUP = "justiceOfficeGroup";
    /** List of "email|name" strings; element variable of the multi-instance mail task: {@link #RECIPIENT}. */
    public static final String RECIPIENTS = "situationRecipients";
    public static final String RECIPIENT = "recipient";

    /** Fields of the form situation-handling (跟踪处置). */
    public static final String PROGRESS = "handlingProgress";
    /** {@link #CONTINUE} or {@link #RESOLVED}: kept, the gateway after the task reads it. */
    public static final String HANDLING_STATE = "handlingState";
    public static final String CONTINUE = "CONTINUE";
    public static final String RESOLVED = "RESOLVED";
    /** Shown read-only in the handling form, read from the tables when it opens, never stored. */
    public static final String SUMMARY = "situationSummary";

    /** The event of the report's e-mails (part of their identity). */
    public static final String FILED_EVENT = "filed";

    private SituationReportVariables() {
    }

    public static long reportId(VariableScope scope) {
        return ((Number) scope.getVariable(REPORT_ID)).longValue();
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
