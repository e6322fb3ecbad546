package cn.jiyuan.mediation.typicalcase;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.jiyuan.mediation.cases.CaseVariables;

/**
 * Key and variable names of the process typical-case (processes/typical-case.bpmn). The process holds ids and
 * decisions only: the write-up, the opinions and who wrote them are in table typical_case.
 */
public final class TypicalCaseVariables {

    public static final String PROCESS_KEY = "typical-case";

    /** Long: the nomination (typical_case.id); also the business key, as text. */
    public static final String TYPICAL_CASE_ID = "typicalCaseId";
    /** The case's town: the instance's tenant (the town's justice office reviews first). */
    public static final String TOWN_CODE = CaseVariables.TOWN_CODE;
    /** Candidate group of 司法所审核: justice-office-{townCode}. */
    public static final String JUSTICE_OFFICE_GROUP = "justiceOfficeGroup";

    /** Set by the form typical-case-review of both reviews: {@link #ACCEPT} or {@link #RETURN}. */
    public static final String REVIEW_DECISION = "reviewDecision";
    /** Set by the same form: the reviewer's opinion, written to typical_case and removed from the process. */
    public static final String REVIEW_OPINION = "reviewOpinion";
    /** Shown read-only in the review form, read from typical_case when the form opens, never stored. */
    public static final String NOMINATION_TEXT = "nominationText";

    public static final String ACCEPT = "ACCEPT";
    public static final String RETURN = "RETURN";

    /** Task definition keys. */
    public static final String OFFICE_REVIEW = "officeReview";
    public static final String SECTION_REVIEW = "sectionReview";

    private TypicalCaseVariables() {
    }

    public static long typicalCaseId(VariableScope scope) {
        return ((Number) scope.getVariable(TYPICAL_CASE_ID)).longValue();
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
