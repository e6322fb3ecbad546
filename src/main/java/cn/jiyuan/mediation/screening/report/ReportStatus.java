package cn.jiyuan.mediation.screening.report;

/** Where a unit's report of a round stands. */
public enum ReportStatus {
    /** not yet reported (a silent unit once overdue) */
    PENDING,
    /** reported disputes found and/or risks noticed */
    REPORTED,
    /** zero report (零报告): nothing found */
    ZERO;

    public boolean isIn() {
        return this != PENDING;
    }
}
