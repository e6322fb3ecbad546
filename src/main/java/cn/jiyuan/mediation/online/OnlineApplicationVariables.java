package cn.jiyuan.mediation.online;

import cn.jiyuan.mediation.cases.CaseVariables;

/**
 * Key and variable names of the process online-application (processes/online-application.bpmn), called by
 * dispute-case for a case a citizen submitted on the page 掌上调解. Its business key is the case number (passed by
 * the call activity), where its delegates take the case from.
 */
public final class OnlineApplicationVariables {

    public static final String PROCESS_KEY = "online-application";

    /** Passed in by dispute-case: the handling committee's group and the case's town (its justice office). */
    public static final String CANDIDATE_GROUP = "candidateGroup";
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    /** Date: the end of the first working day after the application, when 联系网上申请人 is due (set at the start). */
    public static final String CONTACT_DUE = "contactDue";

    /** The form applicant-contact: reached or not ({@link #REACHED}, {@link #NOT_REACHED}), how, what was said. */
    public static final String CONTACT_RESULT = "contactResult";
    public static final String REACHED = "REACHED";
    public static final String NOT_REACHED = "NOT_REACHED";
    public static final String CONTACT_WAY = "contactWay";
    public static final String CONTACT_NOTES = "contactNotes";
    /** The first appointment agreed with the applicant (optional): day, time (HH:mm) and place. */
    public static final String APPOINTMENT_DATE = "appointmentDate";
    public static final String APPOINTMENT_TIME = "appointmentTime";
    public static final String APPOINTMENT_PLACE = "appointmentPlace";
    /** The form applicant-contact-supervision: the justice office's instruction. */
    public static final String SUPERVISION_OPINION = "supervisionOpinion";
    /** Read-only on both forms, built from the case tables when the form opens (never stored in the engine). */
    public static final String APPLICATION_SUMMARY = "applicationSummary";

    private OnlineApplicationVariables() {
    }
}
