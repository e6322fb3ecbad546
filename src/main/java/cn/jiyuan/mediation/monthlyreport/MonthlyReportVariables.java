package cn.jiyuan.mediation.monthlyreport;

import java.util.List;

import cn.jiyuan.mediation.cases.CaseVariables;

/** Key, signal and variable names of the process monthly-report (processes/monthly-report.bpmn). */
public final class MonthlyReportVariables {

    public static final String PROCESS_KEY = "monthly-report";

    /** Long: monthly_report id; the process works on this report only. */
    public static final String REPORT_ID = "reportId";
    /** The town: also the tenant of the instance, like the case and screening processes (hence shared). */
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    public static final String TOWN_NAME = "townName";
    /** 2026年5月, for the task texts. */
    public static final String PERIOD_LABEL = "periodLabel";
    /** Candidate group of the meeting task (the town's justice office). */
    public static final String OFFICE_GROUP = "officeGroup";
    /** Candidate group of the sign-off task: the office's head, see {@link MonthlySigners}. */
    public static final String SIGN_OFF_GROUP = "signOffGroup";
    /** Shown with the sign-off task: empty for the head, why someone else signs otherwise. */
    public static final String SIGN_OFF_NOTE = "signOffNote";
    /** java.util.Date: the report is due; a silent office is reminded. */
    public static final String DUE_AT = "dueAt";
    /** java.util.Date: the grassroots section supervises a silent office. */
    public static final String SUPERVISION_AT = "supervisionAt";

    /** Form monthly-report-review: {@link #APPROVE} or {@link #RETURN}. */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_OPINION = "reviewOpinion";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    /** Boolean, set by the review's record: the report is signed off. */
    public static final String SIGNED_OFF = "signedOff";

    /** List of monthly_follow_up ids (as text), one task each (multi-instance collection). */
    public static final String FOLLOW_UP_IDS = "followUpIds";
    /** Element variable of the follow-up multi-instance. */
    public static final String FOLLOW_UP_ID = "followUpId";

    /** Form monthly-follow-up: what was done. */
    public static final String FOLLOW_UP_RESULT = "followUpResult";
    /** Form monthly-supervision: how the office was supervised. */
    public static final String SUPERVISION_NOTE = "monthlySupervisionNote";

    /** Form monthly-meeting. */
    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_PLACE = "meetingPlace";
    public static final String ATTENDEES = "attendees";
    public static final String MINUTES = "minutes";
    public static final String DECISIONS = "decisions";
    public static final String FOLLOW_UPS = "followUps";
    /** Fields of one row of {@link #FOLLOW_UPS}. */
    public static final String FOLLOW_UP_ITEM = "item";
    public static final String FOLLOW_UP_OWNER = "owner";
    public static final String FOLLOW_UP_DUE = "dueDate";

    /** Every field of the meeting form: recorded in the report's tables and removed from the process. */
    public static final List<String> MEETING_FIELDS = List.of(MEETING_DATE, MEETING_PLACE, ATTENDEES, MINUTES,
            DECISIONS, FOLLOW_UPS);

    private MonthlyReportVariables() {
    }
}
