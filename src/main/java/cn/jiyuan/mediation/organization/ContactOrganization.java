package cn.jiyuan.mediation.organization;

/**
 * Who a contact of the registry speaks for: the recipients of early warnings and reports (党委政府, 派出所, 市司法局),
 * and the bodies a committee refers a case to (三调联动: 人民法院, 公安机关, 信访部门, 行政机关).
 */
public enum ContactOrganization {
    /** 党委 (镇党委 / 市委) */
    PARTY_COMMITTEE,
    /** 政府 (镇政府、街道办事处 / 市政府) */
    GOVERNMENT,
    /** 公安派出所 / 公安局 (警调联动, 警调对接) */
    POLICE_STATION,
    /** 市司法局 */
    JUSTICE_BUREAU,
    /** 人民法院、人民法庭 (诉调对接) */
    COURT,
    /** 信访部门 (访调对接) */
    PETITION_OFFICE,
    /** 行政机关 (行政调解: 人社、市场监管、自然资源等部门) */
    ADMINISTRATIVE_DEPARTMENT
}
