package cn.jiyuan.mediation.screening.report;

/** What became of a dispute found in screening. */
public enum FindingOutcome {
    /** resolved on the spot (当场化解) */
    RESOLVED,
    /** to be registered as a case: waiting for the case intake (or its retry) */
    TO_REGISTER,
    /** registered as a case; {@code caseId}/{@code caseNumber} name it */
    CASE_REGISTERED
}
