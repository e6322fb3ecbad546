package cn.jiyuan.mediation.screening.schedule;

import java.util.EnumSet;
import java.util.Set;

import cn.jiyuan.mediation.organization.CommitteeType;

/**
 * Kinds of screening round (排查轮次) and whose committees screen in them (the notice, 三(一)): villages
 * and communities weekly, towns monthly, both daily in sensitive periods and in special campaigns.
 */
public enum RoundKind {
    DAILY("每日排查", EnumSet.of(CommitteeType.VILLAGE, CommitteeType.TOWN)),
    WEEKLY("每周排查", EnumSet.of(CommitteeType.VILLAGE)),
    MONTHLY("每月排查", EnumSet.of(CommitteeType.TOWN)),
    CAMPAIGN("专项排查", EnumSet.of(CommitteeType.VILLAGE, CommitteeType.TOWN));

    private final String label;
    private final Set<CommitteeType> committees;

    RoundKind(String label, Set<CommitteeType> committees) {
        this.label = label;
        this.committees = committees;
    }

    public String label() {
        return label;
    }

    /** The committees that report in a round of this kind. */
    public Set<CommitteeType> committees() {
        return committees;
    }
}
