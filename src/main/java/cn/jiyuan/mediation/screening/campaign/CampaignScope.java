package cn.jiyuan.mediation.screening.campaign;

/** Scope of a special screening campaign (排查范围). */
public enum CampaignScope {
    /** 全市（示范区）: every town and village */
    CITY,
    /** 指定镇（街道）: the chosen towns and their villages */
    TOWNS
}
