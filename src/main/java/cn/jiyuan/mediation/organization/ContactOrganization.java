package cn.jiyuan.mediation.organization;

/** Who an early-warning contact speaks for. */
public enum ContactOrganization {
    /** 党委 (镇党委 / 市委) */
    PARTY_COMMITTEE,
    /** 政府 (镇政府、街道办事处 / 市政府) */
    GOVERNMENT,
    /** 公安派出所 (警调联动) */
    POLICE_STATION,
    /** 市司法局 */
    JUSTICE_BUREAU
}
