package cn.jiyuan.mediation.cases;

/** Dispute category (纠纷类型), docs/domain.md section 3. */
public enum DisputeCategory {
    MARRIAGE_FAMILY("婚姻家庭"),
    NEIGHBOR("邻里"),
    HOUSING_HOMESTEAD("房屋宅基地"),
    LAND("山林土地"),
    CONTRACT("合同"),
    PRODUCTION_OPERATION("生产经营"),
    DAMAGE_COMPENSATION("损害赔偿"),
    DEMOLITION("征地拆迁"),
    ENVIRONMENT("环境污染"),
    LABOR_DISPUTE("劳动争议"),
    LABOR_WAGE_DEBT("劳资债务"),
    SCHOOLING_EMPLOYMENT("上学就业"),
    CONSUMER("消费"),
    MEDICAL("医疗卫生"),
    ROAD_TRAFFIC("道路交通"),
    PROPERTY_MANAGEMENT("物业管理"),
    INTELLECTUAL_PROPERTY("知识产权"),
    RIGHTS_PROTECTION("权益保障"),
    OTHER("其他");

    private final String label;

    DisputeCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
