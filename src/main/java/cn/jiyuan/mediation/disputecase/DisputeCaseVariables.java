package cn.jiyuan.mediation.disputecase;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.jiyuan.mediation.cases.CaseVariables;
import cn.jiyuan.mediation.referral.CaseReferralVariables;

/** Key and variable names of the process dispute-case (processes/dispute-case.bpmn). */
public final class DisputeCaseVariables {

    public static final String PROCESS_KEY = "dispute-case";

    // shared with case-intake and early-warning: declared once in CaseVariables
    public static final String CASE_ID = CaseVariables.CASE_ID;
    public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;
    public static final String CATEGORY = CaseVariables.CATEGORY;
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    public static final String HANDLING_LEVEL = CaseVariables.HANDLING_LEVEL;
    public static final String COMMITTEE_CODE = CaseVariables.COMMITTEE_CODE;
    public static final String RISK_LEVEL = CaseVariables.RISK_LEVEL;
    /** An {@link cn.jiyuan.mediation.cases.IntakeChannel} name: an ONLINE case first goes to online-application. */
    public static final String CHANNEL = "channel";
    public static final String GREEN_CHANNEL = "greenChannel";
    public static final String EARLY_WARNING = "earlyWarning";
    public static final String CANDIDATE_GROUP = "candidateGroup";
    public static final String PARTY_REFUSED = "partyRefused";
    /** java.util.Date: end of the mediation deadline day (due date of the mediation task). */
    public static final String DEADLINE = "deadline";
    /**
     * java.util.Date or null: green channel only, the end of the next working day after registration, by which the
     * parties must have been contacted (follow-up date of the mediation task); null again once the first contact is
     * recorded.
     */
    public static final String START_BY = "startBy";
    /** Boolean: routing of the green channel's first-contact branch (a mediation session is recorded). */
    public static final String FIRST_CONTACT_MADE = "firstContactMade";
    /** Set by the mediation form: a {@link cn.jiyuan.mediation.cases.MediationOutcome} code. */
    public static final String OUTCOME = MediationLifecycleService.OUTCOME;
    public static final String OUTCOME_NOTES = MediationLifecycleService.OUTCOME_NOTES;
    /** Set by the mediation form: CONTINUE, EXTEND, HAND_OVER, CONCLUDE or REFER_OUT (routing after the mediate task). */
    public static final String MEDIATION_ACTION = MediationLifecycleService.ACTION;
    /** Integer: days the deadline was extended by in the current mediation (at most 30). */
    public static final String EXTENDED_DAYS = "extendedDays";
    /** Date: the deadline a reminder was already sent for (a re-entered task does not remind twice). */
    public static final String REMINDED_DEADLINE = "remindedDeadline";
    /** Date: the deadline whose overdue supervision was already started. */
    public static final String SUPERVISED_DEADLINE = "supervisedDeadline";
    /** Boolean: routing of the overdue branch (a new supervision or already supervised). */
    public static final String NEWLY_OVERDUE = "newlyOverdue";
    /** Long: case_agreement id of the current agreement. */
    public static final String AGREEMENT_ID = "agreementId";
    /**
     * Long or null: case_document id of the current written agreement's PDF; the judicial-confirmation and
     * follow-up forms link to {@code /api/cases/{caseId}/documents/{id}} with it (an id, no personal data).
     */
    public static final String AGREEMENT_DOCUMENT_ID = "agreementDocumentId";
    /** Boolean: no agreement in a case referred by a court, petition office or police station. */
    public static final String REFERRED = "referred";
    /** Long: case_follow_up id of the current visit (element of the visits' multi-instance). */
    public static final String FOLLOW_UP_ID = "followUpId";
    /** Set by the follow-up form: FULFILLED, IN_PROGRESS, REBOUND or BREACH. */
    public static final String FOLLOW_UP_RESULT = "followUpResult";
    public static final String FOLLOW_UP_NOTES = "followUpNotes";
    public static final String SUPERVISION_OPINION = "supervisionOpinion";
    /** Set by the referral-notice form (告知移送单位调解结果). */
    public static final String NOTICE_METHOD = "noticeMethod";
    public static final String NOTICE_NOTES = "noticeNotes";
    /** Set by the judicial-confirmation form (记录司法确认申请). */
    public static final String JUDICIAL_CONFIRMATION_APPLIED = "judicialConfirmationApplied";
    public static final String JUDICIAL_CONFIRMATION_DATE = "judicialConfirmationDate";
    public static final String JUDICIAL_CONFIRMATION_NOTES = "judicialConfirmationNotes";
    /** Task-local String of the mediate task: the case at a glance, rebuilt from the case tables when it is created. */
    public static final String CASE_SUMMARY = CaseSummaryField.KEY;
    /**
     * Long: case_referral id of the case's referral (三调联动), set when the mediate task refers the case out; passed to
     * the called process case-referral, which sets {@link #OUTCOME} (REFERRED: taken over) or a new {@link #DEADLINE}.
     */
    public static final String REFERRAL_ID = CaseReferralVariables.REFERRAL_ID;
    /** String: who completed the last mediate task (the re-entered task goes back to them; cleared on hand-over). */
    public static final String MEDIATOR = "mediator";

    private DisputeCaseVariables() {
    }

    public static int extendedDays(VariableScope scope) {
        Object value = scope.getVariable(EXTENDED_DAYS);
        return value instanceof Number number ? number.intValue() : 0;
    }
}
