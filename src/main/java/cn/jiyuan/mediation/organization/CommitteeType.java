package cn.jiyuan.mediation.organization;

/**
 * Kind of people's mediation committee (人民调解委员会), and the mediation rooms a committee stations with another
 * body (派驻人民调解工作室, the notice's 三(四)): at a court (诉调对接), a police station (警调对接) or a petition office
 * (访调对接). A room is placed in a town (a police station, a people's tribunal, a town's petition office) or in the
 * city (the city's court or petition bureau); the registry keeps it like a committee, with members and a group of
 * its own, so that it registers and mediates cases and is counted.
 */
public enum CommitteeType {
    /** 村(社区)人民调解委员会 */
    VILLAGE("村(社区)人民调解委员会"),
    /** 镇(街道)人民调解委员会 */
    TOWN("镇(街道)人民调解委员会"),
    /** 行业性专业性人民调解委员会 */
    INDUSTRY("行业性专业性人民调解委员会"),
    /** 市级人民调解中心 */
    CITY_CENTER("市级人民调解中心"),
    /** 人民法院派驻人民调解工作室 (诉调对接) */
    COURT_ROOM("法院派驻人民调解工作室"),
    /** 公安派出所派驻人民调解工作室 (警调对接) */
    POLICE_ROOM("派出所派驻人民调解工作室"),
    /** 信访部门派驻人民调解工作室 (访调对接) */
    PETITION_ROOM("信访部门派驻人民调解工作室");

    private final String label;

    CommitteeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A mediation room stationed at a court, a police station or a petition office. */
    public boolean isStationedRoom() {
        return this == COURT_ROOM || this == POLICE_ROOM || this == PETITION_ROOM;
    }

    /**
     * Whether a committee of this type placed in a town serves that town (its disputes, its justice office's
     * supervision): village and town committees, and a room stationed in a town. Industry committees and the city
     * centre, and a room placed in the city, serve the whole city.
     */
    public boolean servesItsTown() {
        return this == VILLAGE || this == TOWN || isStationedRoom();
    }
}
