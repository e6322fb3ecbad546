package cn.jiyuan.mediation.cases;

import cn.jiyuan.mediation.organization.CommitteeType;

/** Where a case is handled (办理层级): the kind of the handling committee. */
public enum HandlingLevel {
    VILLAGE("村(社区)调委会"),
    TOWN("镇(街道)调委会/司法所"),
    INDUSTRY("行业性专业性调委会"),
    CITY_CENTER("市级人民调解中心"),
    /** A mediation room stationed at a court, a police station or a petition office (派驻人民调解工作室). */
    STATIONED("派驻调解工作室");

    private final String label;

    HandlingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static HandlingLevel of(CommitteeType type) {
        return switch (type) {
            case VILLAGE -> VILLAGE;
            case TOWN -> TOWN;
            case INDUSTRY -> INDUSTRY;
            case CITY_CENTER -> CITY_CENTER;
            case COURT_ROOM, POLICE_ROOM, PETITION_ROOM -> STATIONED;
        };
    }
}
