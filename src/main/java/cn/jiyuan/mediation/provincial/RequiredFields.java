package cn.jiyuan.mediation.provincial;

import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;

/**
 * The check before a case goes to the province (应录尽录: entered, and entered completely): which of the report's
 * required fields a case lacks. 涉及金额 is optional at intake, 涉及人数 is a nullable column (only the API's intake
 * fills it in), and a mediator may conclude a case without a recorded session, so a concluded case can still lack
 * them. The export does not leave such a case out (every case of the month is in it once) but marks it, and the
 * check lists them so that they are completed first. docs/provincial-export.md gives the rules.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    static List<Gap> of(ConcludedCase c) {
        List<Gap> gaps = new ArrayList<>();
        if (c.peopleInvolved() == null || c.peopleInvolved() < 1) {
            gaps.add(new Gap("peopleInvolved", "涉及人数", "未填写涉及人数（至少1人）"));
        }
        if (requiresAmount(c.category()) && c.amountInvolved() == null) {
            gaps.add(new Gap("amountInvolved", "涉及金额", c.category().label() + "纠纷涉及财产，未填写涉及金额（无金额请填0）"));
        }
        if (mediated(c.conclusion()) && c.lastSessionMode() == null) {
            gaps.add(new Gap("sessionMode", "调解方式", "没有调解记录，无法确定调解方式"));
        }
        if (c.conclusion() == CaseStatus.AGREED && c.agreementForm() == null) {
            gaps.add(new Gap("agreementForm", "协议形式", "调解成功但未记录协议形式（书面或口头）"));
        }
        return gaps;
    }

    /** The gaps in words, for the export's 核查结果 column: {@code 完整}, or each reason. */
    static String summary(List<Gap> gaps) {
        if (gaps.isEmpty()) {
            return COMPLETE;
        }
        StringBuilder text = new StringBuilder(INCOMPLETE).append("：");
        for (int i = 0; i < gaps.size(); i++) {
            text.append(i == 0 ? "" : "；").append(gaps.get(i).reason());
        }
        return text.toString();
    }

    static final String COMPLETE = "完整";
    static final String INCOMPLETE = "待补录";

    /**
     * Disputes over money by their nature, whose amount the report sums (协议涉及金额): contracts, business, damages,
     * wage debts, road traffic, medical, consumer and land-taking compensation. Another dispute may name an amount;
     * it need not.
     */
    static boolean requiresAmount(DisputeCategory category) {
        return switch (category) {
            case CONTRACT, PRODUCTION_OPERATION, DAMAGE_COMPENSATION, LABOR_WAGE_DEBT, ROAD_TRAFFIC, MEDICAL, CONSUMER,
                 DEMOLITION -> true;
            case MARRIAGE_FAMILY, NEIGHBOR, HOUSING_HOMESTEAD, LAND, ENVIRONMENT, LABOR_DISPUTE, SCHOOLING_EMPLOYMENT,
                 PROPERTY_MANAGEMENT, INTELLECTUAL_PROPERTY, RIGHTS_PROTECTION, OTHER -> false;
        };
    }

    /** Concluded after mediating (agreement or none): a session was held. A withdrawal or refusal may have none. */
    private static boolean mediated(CaseStatus conclusion) {
        return conclusion == CaseStatus.AGREED || conclusion == CaseStatus.NO_AGREEMENT;
    }
}
