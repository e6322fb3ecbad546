package cn.jiyuan.mediation.cases;

/**
 * Variable names that several processes share, declared once: the case a process works on and where it lies
 * (case-intake sets them, dispute-case and early-warning start with them; screening-report records the number of
 * a case it registered). Each process's own constants class (e.g. DisputeCaseVariables) refers to these, so a
 * process's code reads its variables through one class.
 */
public final class CaseVariables {

    /** Long: the case's id (kept for Cockpit and filters; delegates find the case by the business key). */
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** A {@link DisputeCategory} name. */
    public static final String CATEGORY = "category";
    /** Also the tenant of the town-scoped processes (security.TownTenantIdProvider). */
    public static final String TOWN_CODE = "townCode";
    public static final String COMMITTEE_CODE = "committeeCode";
    /** A {@link HandlingLevel} name. */
    public static final String HANDLING_LEVEL = "handlingLevel";
    /** A {@link RiskLevel} name. */
    public static final String RISK_LEVEL = "riskLevel";

    private CaseVariables() {
    }
}
