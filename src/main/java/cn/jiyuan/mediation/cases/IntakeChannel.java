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

    /**
     * Who registered a case a citizen submitted on the public page 掌上调解 (channel ONLINE): no platform user, and no
     * user can ever have this id (the colon is outside the identity service's allowed characters).
     */
    public static final String ONLINE_APPLICANT = "online:applicant";
    /** How {@link #ONLINE_APPLICANT} is named to staff. */
    public static final String ONLINE_APPLICANT_NAME = "申请人本人（网上申请）";

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
