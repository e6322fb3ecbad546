package cn.jiyuan.mediation.organization;

/** A city, town or village with its statistical division code. */
public record OrgUnit(String code, String name, UnitLevel level, String parentCode, String townCode) {
}
