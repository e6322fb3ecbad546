package cn.jiyuan.mediation.cases;

import java.util.Optional;

import cn.jiyuan.mediation.organization.CommitteeType;

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

    /**
     * The channel of the body a mediation room is stationed with (派驻人民调解工作室): a room at a police station
     * registers 警调对接 cases by default, one at a court 诉调对接, one at a petition office 访调对接 — the disputes its
     * host guides to mediation. Empty for committees.
     */
    public static Optional<IntakeChannel> ofStationedRoom(CommitteeType type) {
        return switch (type) {
            case COURT_ROOM -> Optional.of(COURT_REFERRAL);
            case POLICE_ROOM -> Optional.of(POLICE_REFERRAL);
            case PETITION_ROOM -> Optional.of(PETITION_REFERRAL);
            default -> Optional.empty();
        };
    }
}
