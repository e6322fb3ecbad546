package cn.jiyuan.mediation.cases;

/** Intake channel (案件来源), docs/domain.md section 3. */
public enum IntakeChannel {
    SCREENING("排查发现", false),
    WALK_IN("来访", false),
    HOTLINE("12348热线", false),
    ONLINE("掌上公共法律服务/微信", false),
    COURT_REFERRAL("诉调对接", true),
    PETITION_REFERRAL("访调对接", true),
    POLICE_REFERRAL("警调对接", true),
    ENTERPRISE("涉企绿色通道", false),
    OWN_INITIATIVE("主动调解", false);

    private final String label;
    private final boolean referral;

    IntakeChannel(String label, boolean referral) {
        this.label = label;
        this.referral = referral;
    }

    public String label() {
        return label;
    }

    /** Referred by a court, petition office or police station: the referral's reference number is required. */
    public boolean isReferral() {
        return referral;
    }
}
