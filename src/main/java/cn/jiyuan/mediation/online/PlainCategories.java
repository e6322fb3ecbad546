package cn.jiyuan.mediation.online;

import java.util.Arrays;
import java.util.List;

import cn.jiyuan.mediation.cases.DisputeCategory;

/**
 * The dispute categories as a citizen reads them on the page: the category's own name with everyday examples. The
 * codes are {@link DisputeCategory}'s (the page gets them from {@code GET /public/api/options}, never a copy); a new
 * category fails to compile here until it has its examples.
 */
final class PlainCategories {

    record Category(String code, String name, String examples) {
    }

    private PlainCategories() {
    }

    static List<Category> all() {
        return Arrays.stream(DisputeCategory.values()).map(c -> new Category(c.name(), name(c), examples(c))).toList();
    }

    private static String name(DisputeCategory c) {
        return switch (c) {
            case MARRIAGE_FAMILY -> "婚姻家庭";
            case NEIGHBOR -> "邻里纠纷";
            case HOUSING_HOMESTEAD -> "房屋、宅基地";
            case LAND -> "山林、土地";
            case CONTRACT -> "合同、借款";
            case PRODUCTION_OPERATION -> "生产经营";
            case DAMAGE_COMPENSATION -> "人身或财产损害赔偿";
            case DEMOLITION -> "征地拆迁";
            case ENVIRONMENT -> "环境污染";
            case LABOR_DISPUTE -> "劳动争议";
            case LABOR_WAGE_DEBT -> "拖欠工资";
            case SCHOOLING_EMPLOYMENT -> "上学、就业";
            case CONSUMER -> "买东西、消费";
            case MEDICAL -> "看病就医";
            case ROAD_TRAFFIC -> "交通事故";
            case PROPERTY_MANAGEMENT -> "物业管理";
            case INTELLECTUAL_PROPERTY -> "知识产权";
            case RIGHTS_PROTECTION -> "老人、妇女、儿童、残疾人权益";
            case OTHER -> "其他";
        };
    }

    private static String examples(DisputeCategory c) {
        return switch (c) {
            case MARRIAGE_FAMILY -> "离婚、孩子抚养、老人赡养、分家、继承遗产";
            case NEIGHBOR -> "院墙、排水、通行、噪音、堆放杂物";
            case HOUSING_HOMESTEAD -> "宅基地界线、房屋买卖或租赁、建房影响邻居";
            case LAND -> "承包地、林地、地界、土地流转";
            case CONTRACT -> "借钱不还、买卖合同、租赁合同、承揽装修";
            case PRODUCTION_OPERATION -> "合伙经营、养殖种植、生意往来";
            case DAMAGE_COMPENSATION -> "打架受伤、财物被损坏、动物伤人";
            case DEMOLITION -> "征地补偿、拆迁安置";
            case ENVIRONMENT -> "排放污水、烟尘、噪音扰民";
            case LABOR_DISPUTE -> "劳动合同、工伤、社会保险、解除劳动关系";
            case LABOR_WAGE_DEBT -> "打工干活不给钱、包工头欠薪";
            case SCHOOLING_EMPLOYMENT -> "入学、学校与家长、招工就业";
            case CONSUMER -> "商品质量、退换货、预付卡、服务收费";
            case MEDICAL -> "治疗效果、医疗费用、医疗损害";
            case ROAD_TRAFFIC -> "撞车、撞人、事故赔偿";
            case PROPERTY_MANAGEMENT -> "物业费、小区停车、维修、公共设施";
            case INTELLECTUAL_PROPERTY -> "商标、专利、著作权";
            case RIGHTS_PROTECTION -> "不赡养老人、家庭暴力、侵害未成年人或残疾人权益";
            case OTHER -> "以上都不是";
        };
    }
}
