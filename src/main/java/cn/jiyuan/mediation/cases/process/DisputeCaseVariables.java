package cn.jiyuan.mediation.cases.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Key and variable names of the process dispute-case (processes/dispute-case.bpmn). */
public final class DisputeCaseVariables {

    public static final String PROCESS_KEY = "dispute-case";

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CATEGORY = "category";
    public static final String TOWN_CODE = "townCode";
    public static final String HANDLING_LEVEL = "handlingLevel";
    public static final String COMMITTEE_CODE = "committeeCode";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String GREEN_CHANNEL = "greenChannel";
    public static final String EARLY_WARNING = "earlyWarning";
    public static final String CANDIDATE_GROUP = "candidateGroup";
    public static final String PARTY_REFUSED = "partyRefused";
    /** java.util.Date: end of the mediation deadline day (due date of the mediation task). */
    public static final String DEADLINE = "deadline";
    /** java.util.Date or null: green channel only, when mediation must have started (follow-up date). */
    public static final String START_BY = "startBy";
    /** Set by the mediation form: a {@link cn.jiyuan.mediation.cases.MediationOutcome} code. */
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_NOTES = "outcomeNotes";

    private DisputeCaseVariables() {
    }

    public static long caseId(VariableScope scope) {
        Object value = scope.getVariable(CASE_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("process variable caseId is missing");
        }
        return number.longValue();
    }
}
