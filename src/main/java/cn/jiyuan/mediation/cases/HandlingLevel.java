package cn.jiyuan.mediation.cases;

import cn.jiyuan.mediation.organization.CommitteeType;

/** Where a case is handled (办理层级): the kind of the handling committee. */
public enum HandlingLevel {
    VILLAGE("村(社区)调委会", CommitteeType.VILLAGE),
    TOWN("镇(街道)调委会/司法所", CommitteeType.TOWN),
    INDUSTRY("行业性专业性调委会", CommitteeType.INDUSTRY),
    CITY_CENTER("市级人民调解中心", CommitteeType.CITY_CENTER);

    private final String label;
    private final CommitteeType committeeType;

    HandlingLevel(String label, CommitteeType committeeType) {
        this.label = label;
        this.committeeType = committeeType;
    }

    public String label() {
        return label;
    }

    public CommitteeType committeeType() {
        return committeeType;
    }

    public static HandlingLevel of(CommitteeType type) {
        for (HandlingLevel level : values()) {
            if (level.committeeType == type) {
                return level;
            }
        }
        throw new IllegalArgumentException("no handling level for " + type);
    }
}
