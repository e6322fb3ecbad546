package cn.jiyuan.mediation.cases;

/** Outcome of a mediation (调解结果), as chosen in the form forms/mediation-outcome.form (REFERRED excepted). */
public enum MediationOutcome {
    AGREEMENT_WRITTEN("达成书面协议", CaseStatus.AGREED),
    AGREEMENT_ORAL("达成口头协议", CaseStatus.AGREED),
    NO_AGREEMENT("调解不成", CaseStatus.NO_AGREEMENT),
    WITHDRAWN("撤回", CaseStatus.WITHDRAWN),
    /**
     * The case was referred out and the receiving unit took it over (ReferralOutcome ACCEPTED or HANDLED): set by the
     * referral's answer, never chosen on the mediation form.
     */
    REFERRED("移送有关部门处理", CaseStatus.REFERRED);

    private final String label;
    private final CaseStatus status;

    MediationOutcome(String label, CaseStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** The case status this outcome leads to. */
    public CaseStatus status() {
        return status;
    }
}
