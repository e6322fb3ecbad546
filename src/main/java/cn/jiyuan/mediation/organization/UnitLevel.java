package cn.jiyuan.mediation.organization;

/** Administrative level of a unit: the city, a town/sub-district (镇/街道), a village/community (村/社区). */
public enum UnitLevel {
    CITY, TOWN, VILLAGE
}
