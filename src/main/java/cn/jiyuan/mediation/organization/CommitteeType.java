package cn.jiyuan.mediation.organization;

/** Kind of people's mediation committee (人民调解委员会). */
public enum CommitteeType {
    /** 村(社区)人民调解委员会 */
    VILLAGE,
    /** 镇(街道)人民调解委员会 */
    TOWN,
    /** 行业性专业性人民调解委员会 */
    INDUSTRY,
    /** 市级人民调解中心 */
    CITY_CENTER
}
