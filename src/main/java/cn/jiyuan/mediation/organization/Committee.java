package cn.jiyuan.mediation.organization;

/** A people's mediation committee; {@code shortName} is what case numbers show. */
public record Committee(String code, String name, String shortName, CommitteeType type, String unitCode,
                        String industry, String supervisingOfficeCode) {

    public static final String CITY_CENTER_GROUP = "city-center";
    /** The group of any other committee: this prefix and the committee's code. */
    public static final String GROUP_PREFIX = "committee-";

    /** The Camunda group whose members work this committee's tasks. */
    public String groupId() {
        return type == CommitteeType.CITY_CENTER ? CITY_CENTER_GROUP : GROUP_PREFIX + code;
    }
}
