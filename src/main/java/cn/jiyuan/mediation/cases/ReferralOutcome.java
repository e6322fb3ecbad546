package cn.jiyuan.mediation.cases;

/**
 * What became of a referral (移送结果), as the committee records the receiving unit's answer. ACCEPTED and HANDLED
 * end the case's people's mediation (it concludes as {@link CaseStatus#REFERRED}); RETURNED and DECLINED bring the
 * case back to the committee, whose mediation goes on. {@link #PENDING} is no answer yet: never recorded, only
 * counted and filtered.
 */
public enum ReferralOutcome {
    ACCEPTED("已受理，由接收单位依法处理", true),
    HANDLED("已处理完毕", true),
    RETURNED("退回人民调解", false),
    DECLINED("不予受理", false),
    PENDING("待回复", false);

    private final String label;
    private final boolean concludes;

    ReferralOutcome(String label, boolean concludes) {
        this.label = label;
        this.concludes = concludes;
    }

    public String label() {
        return label;
    }

    /** Whether the receiving unit took the case over, which ends its people's mediation. */
    public boolean concludes() {
        return concludes;
    }

    /** The answers a committee can record (every outcome but {@link #PENDING}). */
    public static ReferralOutcome[] answers() {
        return new ReferralOutcome[] {ACCEPTED, HANDLED, RETURNED, DECLINED};
    }
}
