package cn.jiyuan.mediation.organization;

/** A person's position in a mediation committee. */
public enum CommitteeRole {
    /** 主任 */
    DIRECTOR,
    /** 副主任 */
    DEPUTY_DIRECTOR,
    /** 委员 */
    MEMBER
}
