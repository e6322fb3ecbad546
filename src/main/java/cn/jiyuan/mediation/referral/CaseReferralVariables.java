package cn.jiyuan.mediation.referral;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.jiyuan.mediation.cases.CaseVariables;

/**
 * Key and variable names of the process case-referral (processes/case-referral.bpmn), called by dispute-case when a
 * committee refers a case out (三调联动). The referral itself — kind, receiving unit, reason, letter, answer — is in
 * table case_referral; the process holds its id and what routes and assigns its tasks. The case is the business key
 * (its number), passed on by the calling dispute-case, never a variable.
 */
public final class CaseReferralVariables {

    public static final String PROCESS_KEY = "case-referral";

    /** Long: case_referral.id, set by dispute-case's mediate task when the committee refers the case. */
    public static final String REFERRAL_ID = "referralId";
    /** The committee's group: it records the answer. */
    public static final String CANDIDATE_GROUP = "candidateGroup";
    /** The case's town: its justice office supervises a referral left unanswered. */
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    /**
     * java.util.Date, in and out: the case's mediation deadline; a case returned for mediation gets a new one, which
     * dispute-case's timers then follow.
     */
    public static final String DEADLINE = "deadline";
    /**
     * Out: {@code REFERRED} when the receiving unit took the case over (its people's mediation ends, dispute-case
     * records the outcome), absent when it was returned or declined (mediation goes on).
     */
    public static final String OUTCOME = "outcome";
    public static final String REFERRED = "REFERRED";

    /** Fields of dispute-case's mediation form (mediation-outcome) when the next step is REFER_OUT. */
    public static final String KIND = "referralKind";
    public static final String CONTACT = "referralContact";
    public static final String REASON = "referralReason";
    public static final List<String> REFER_FIELDS = List.of(KIND, CONTACT, REASON);

    /** Fields of the form referral-answer (登记移送回复). */
    public static final String ANSWER = "referralAnswer";
    public static final String RESULT = "referralResult";
    public static final String UNIT_REFERENCE = "referralUnitReference";
    public static final List<String> ANSWER_FIELDS = List.of(ANSWER, RESULT, UNIT_REFERENCE);

    /** Field of the form referral-supervision (督办移送回复). */
    public static final String SUPERVISION_OPINION = "referralSupervisionOpinion";

    /**
     * Long: case_document id of the letter as it was e-mailed, set when it has gone out; the forms link to
     * {@code /api/cases/{caseId}/documents/{id}} with it (an id, no personal data).
     */
    public static final String LETTER_DOCUMENT_ID = "referralLetterId";

    /** Read-only in both forms: the referral at a glance, read from the tables when the form opens, never stored. */
    public static final String SUMMARY = "referralSummary";

    private CaseReferralVariables() {
    }

    public static long referralId(VariableScope scope) {
        return ((Number) scope.getVariable(REFERRAL_ID)).longValue();
    }
}
