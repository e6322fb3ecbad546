package cn.jiyuan.mediation.provincial;

import cn.jiyuan.mediation.cases.IntakeChannel;

/**
 * 受理来源 as the statistics report counts it, in its order: the committee took the dispute up on its own (主动调解), a
 * party applied (申请调解), or another body referred it (接受委托移送调解, here by the referring body). The report does
 * not ask how a party applied, so our 来访, 12348热线, 掌上公共法律服务/微信 and 涉企绿色通道 are all 申请调解 (the
 * export keeps our channel in a column of its own); its 其他单位委托移送 has no channel of ours and is never exported.
 */
public enum ReportSource implements ReportCode {
    OWN_INITIATIVE("01", "主动调解"),
    APPLICATION("02", "申请调解"),
    COURT("03", "人民法院委托移送"),
    POLICE("04", "公安机关委托移送"),
    PETITION("05", "信访部门委托移送"),
    OTHER_BODY("06", "其他单位委托移送");

    private final String code;
    private final String label;

    ReportSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static ReportSource of(IntakeChannel channel) {
        return switch (channel) {
            case WALK_IN, HOTLINE, ONLINE, ENTERPRISE -> APPLICATION;
            case SCREENING, OWN_INITIATIVE -> OWN_INITIATIVE;
            case COURT_REFERRAL -> COURT;
            case POLICE_REFERRAL -> POLICE;
            case PETITION_REFERRAL -> PETITION;
        };
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
