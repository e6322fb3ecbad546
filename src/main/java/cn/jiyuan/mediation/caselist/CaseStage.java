package cn.jiyuan.mediation.caselist;

import cn.jiyuan.mediation.cases.CaseStatus;

/**
 * Where a case stands, in the words a mediator uses (受理、调解中、已达成协议、履行回访、已结案…), derived from the
 * status and what the case file holds: a case stays "registered" in its status through its first sessions, and an
 * agreement is followed by visits until the case is archived.
 */
enum CaseStage {
    ACCEPTED("受理", true),
    MEDIATING("调解中", true),
    FOLLOW_UP("履行回访", true),
    AGREED("已达成协议", true),
    NO_AGREEMENT("调解不成", false),
    REFUSED("当事人拒绝调解", false),
    WITHDRAWN("已撤回", false),
    /** Referred out, waiting for the receiving unit's answer: the mediation deadline is suspended. */
    REFERRED_OUT("已移送，待回复", false),
    REFERRED("移送有关部门处理", false),
    CLOSED("已结案", false);

    private final String label;
    private final boolean inProgress;

    CaseStage(String label, boolean inProgress) {
        this.label = label;
        this.inProgress = inProgress;
    }

    String label() {
        return label;
    }

    /** Whether the mediation deadline still matters (days left are shown). */
    boolean inProgress() {
        return inProgress;
    }

    /**
     * @param status     the case's {@link CaseStatus} code
     * @param sessions   mediation sessions recorded
     * @param openVisits follow-up visits due and not yet made
     */
    static CaseStage of(String status, int sessions, int openVisits) {
        CaseStatus s;
        try {
            s = CaseStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            return MEDIATING;
        }
        return switch (s) {
            case REGISTERED -> sessions == 0 ? ACCEPTED : MEDIATING;
            case DEADLINE_EXTENDED, HANDED_OVER, REOPENED, REFERRAL_RETURNED -> MEDIATING;
            case AGREED -> openVisits > 0 ? FOLLOW_UP : AGREED;
            case NO_AGREEMENT -> NO_AGREEMENT;
            case REFUSED -> REFUSED;
            case WITHDRAWN -> WITHDRAWN;
            case REFERRED_OUT -> REFERRED_OUT;
            case REFERRED -> REFERRED;
            case CLOSED -> CLOSED;
        };
    }

    /** The stage and, when the status says more (已延期, 已移交上级, 反弹重新调解, 移送退回), that too. */
    static String describe(String status, int sessions, int openVisits) {
        CaseStage stage = of(status, sessions, openVisits);
        for (CaseStatus s : new CaseStatus[] {CaseStatus.DEADLINE_EXTENDED, CaseStatus.HANDED_OVER,
                CaseStatus.REOPENED, CaseStatus.REFERRAL_RETURNED}) {
            if (s.name().equals(status)) {
                return stage.label() + "（" + s.label() + "）";
            }
        }
        return stage.label();
    }
}
