package cn.jiyuan.mediation.intake;

import java.util.List;

/**
 * Key, error code and variable names of the process case-intake (processes/case-intake.bpmn): the fields of its
 * form (forms/case-intake.form) and what the registration sets.
 */
public final class CaseIntakeVariables {

    public static final String PROCESS_KEY = "case-intake";
    /** BPMN error of the registration: the form's values are refused, the registrar corrects them. */
    public static final String INVALID_INTAKE = "INVALID_INTAKE";

    /** Set by the start event: who registered the dispute (the correction task is theirs). */
    public static final String INITIATOR = "initiator";

    // the form's fields
    public static final String CHANNEL = "channel";
    public static final String CATEGORY = "category";
    public static final String SUMMARY = "summary";
    public static final String TOWN_CODE = "townCode";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String APPLICANT_PHONE = "applicantPhone";
    public static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
    /** Boolean checkbox "同意调解" of the applicant; unset means consent, unticked a refusal. */
    public static final String APPLICANT_CONSENT = "applicantConsent";
    public static final String RESPONDENT_NAME = "respondentName";
    public static final String RESPONDENT_PHONE = "respondentPhone";
    public static final String RESPONDENT_ID_NUMBER = "respondentIdNumber";
    /** Boolean checkbox "同意调解" of the respondent; unset means consent, unticked a refusal. */
    public static final String RESPONDENT_CONSENT = "respondentConsent";
    /**
     * Suffixes of each party's particulars (人民调解法第二十九条), after {@code applicant} or {@code respondent}
     * ({@code applicantSex}): the same fields as the mediation form's, which they prefill.
     */
    public static final String PARTY_TYPE = "Type";
    public static final String SEX = "Sex";
    public static final String BIRTH_DATE = "BirthDate";
    public static final String ETHNICITY = "Ethnicity";
    public static final String OCCUPATION = "Occupation";
    public static final String WORK_UNIT = "WorkUnit";
    public static final String ADDRESS = "Address";
    public static final String REPRESENTATIVE = "Representative";
    public static final String REPRESENTATIVE_TITLE = "RepresentativeTitle";
    public static final String PEOPLE_INVOLVED = "peopleInvolved";
    public static final String AMOUNT_INVOLVED = "amountInvolved";
    public static final String ENTERPRISE_RELATED = "enterpriseRelated";
    public static final String REFERRAL_REFERENCE = "referralReference";
    /** A checklist of {@link cn.jiyuan.mediation.cases.RiskIndicator} codes. */
    public static final String RISK_INDICATORS = "riskIndicators";
    /** String: why the form was refused, every problem on a line of its own, shown on the correction form. */
    public static final String INTAKE_ERRORS = "intakeErrors";

    // set once the case is registered
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** The process instance of dispute-case that the registration started. */
    public static final String DISPUTE_CASE_INSTANCE_ID = "disputeCaseInstanceId";
    public static final String COMMITTEE_CODE = "committeeCode";
    public static final String HANDLING_LEVEL = "handlingLevel";
    public static final String RISK_LEVEL = "riskLevel";

    /** The consent fields: not personal data, but of the parties, and gone with them once the case is registered. */
    public static final List<String> CONSENTS = List.of(APPLICANT_CONSENT, RESPONDENT_CONSENT);

    private CaseIntakeVariables() {
    }
}
