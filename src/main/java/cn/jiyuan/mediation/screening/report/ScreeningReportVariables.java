package cn.jiyuan.mediation.screening.report;

import cn.jiyuan.mediation.cases.CaseVariables;

/** Key and variable names of the process screening-report (processes/screening-report.bpmn). */
public final class ScreeningReportVariables {

    public static final String PROCESS_KEY = "screening-report";

    /** Long: screening_report id; the process works on this report only. */
    public static final String REPORT_ID = "reportId";
    public static final String ROUND_ID = "roundId";
    /** A {@link cn.jiyuan.mediation.screening.schedule.RoundKind} name; CAMPAIGN reports roll up to their campaign. */
    public static final String ROUND_KIND = "roundKind";
    public static final String ROUND_TITLE = "roundTitle";
    public static final String UNIT_CODE = "unitCode";
    public static final String UNIT_NAME = "unitName";
    public static final String UNIT_LEVEL = "unitLevel";
    /** The unit's town: also the tenant of the instance (as with the case processes, hence shared). */
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    public static final String COMMITTEE_CODE = CaseVariables.COMMITTEE_CODE;
    /** Candidate group of the report task (the unit's committee). */
    public static final String COMMITTEE_GROUP = "committeeGroup";
    /** Candidate group of the supervision task (the town's justice office). */
    public static final String OFFICE_GROUP = "officeGroup";
    /** java.util.Date: due date of the report task. */
    public static final String DUE_AT = "dueAt";
    /** java.util.Date: when a missing report goes to the justice office. */
    public static final String SUPERVISION_AT = "supervisionAt";
    /** The due date as the task name shows it. */
    public static final String DUE_TEXT = "dueText";
    /** Special screening only: the campaign's topic and requirement, shown on the form. */
    public static final String TOPIC = "topic";
    public static final String REQUIREMENT = "requirement";
    /** Set when the report is recorded: a {@code ReportStatus} name. */
    public static final String REPORT_STATUS = "reportStatus";
    /** List of finding ids (as text) to register as cases, one job each. */
    public static final String FINDINGS_TO_REGISTER = "findingsToRegister";
    /** Element variable of the registration multi-instance. */
    public static final String FINDING_ID = "findingId";
    /** Local to one registration: the number of the case registered for the finding. */
    public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;

    private ScreeningReportVariables() {
    }
}
