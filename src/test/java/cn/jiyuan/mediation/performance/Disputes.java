package cn.jiyuan.mediation.performance;

import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.intake.ResidentIdNumber;

/**
 * Intake bodies of {@code POST /api/cases} as a village committee registers them: an everyday dispute (neighbours,
 * family, homestead, land, contract, compensation) between two villagers of the place, with generated names, mobile
 * numbers and, for the applicant, a valid resident ID number, so that the repeat-party check (on, as in production)
 * looks them up like any other party. No risk indicator: the load measures intake, not the early-warning mails.
 */
final class Disputes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CATEGORIES = {"NEIGHBOR", "MARRIAGE_FAMILY", "HOUSING_HOMESTEAD", "LAND", "CONTRACT",
        "DAMAGE_COMPENSATION", "NEIGHBOR", "MARRIAGE_FAMILY"};
    private static final String[] CHANNELS = {"WALK_IN", "SCREENING", "HOTLINE", "OWN_INITIATIVE"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";
    private static final String GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红建文辉力燕鹏";
    private static final String[] SUMMARIES = {"两家因院墙排水问题多次争吵，申请人要求被申请人改建排水沟。",
        "因承包地边界不清发生争执，申请人要求重新确认地界。", "被申请人借款到期未还，申请人要求归还借款。",
        "夫妻因家庭琐事长期不和，女方要求调解赡养和财产问题。", "宅基地相邻建房遮挡采光，申请人要求被申请人降低房屋高度。",
        "被申请人饲养的牲畜毁坏申请人庄稼，申请人要求赔偿损失。"};

    private final SplittableRandom random;

    Disputes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An intake body and what the mediation form later repeats of its parties. */
    record Dispute(String json, String applicantIdNumber, String applicantPhone, String respondentPhone) {
    }

    /** The JSON of a dispute located in the village, between two of its villagers. */
    String body(FullSizeRegistry.Village village) {
        return next(village).json();
    }

    /** A dispute located in the village, between two of its villagers. */
    synchronized Dispute next(FullSizeRegistry.Village village) {
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
        body.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
        body.put("summary", SUMMARIES[random.nextInt(SUMMARIES.length)]);
        body.put("townCode", village.townCode());
        body.put("villageCode", village.code());
        ArrayNode parties = body.putArray("parties");
        String idNumber = idNumber();
        String applicantPhone = mobile();
        String respondentPhone = mobile();
        parties.addObject().put("name", name()).put("role", "APPLICANT").put("phone", applicantPhone)
                .put("idNumber", idNumber).put("consent", true);
        parties.addObject().put("name", name()).put("role", "RESPONDENT").put("phone", respondentPhone).put("consent", true);
        body.put("peopleInvolved", 2);
        body.put("amountInvolved", 500 + random.nextInt(20) * 500);
        body.put("enterpriseRelated", false);
        return new Dispute(body.toString(), idNumber, applicantPhone, respondentPhone);
    }

    private String name() {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    private String mobile() {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }

    private String idNumber() {
        String first17 = String.format("410881%04d%02d%02d%03d", 1950 + random.nextInt(50), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
