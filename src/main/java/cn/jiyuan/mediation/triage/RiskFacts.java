package cn.jiyuan.mediation.triage;

import java.math.BigDecimal;
import java.util.Set;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;

/**
 * The inputs of the risk decisions (risk-assessment.dmn). The category enters because the notice (三(一)二) names
 * 婚姻家庭、邻里、房屋宅基地 disputes as prone to turn criminal (民转刑).
 */
public record RiskFacts(DisputeCategory category, Set<RiskIndicator> indicators, int peopleInvolved,
                        BigDecimal amountInvolved, int reboundCount, boolean sensitivePeriod) {

    /**
     * The facts of a registration: an intake flagged "调解后反弹" is the rebound of an earlier mediation, so it counts
     * as one rebound.
     */
    public static RiskFacts atIntake(DisputeCategory category, Set<RiskIndicator> indicators, int peopleInvolved,
                                     BigDecimal amountInvolved, boolean sensitivePeriod) {
        return new RiskFacts(category, indicators, peopleInvolved, amountInvolved,
                indicators.contains(RiskIndicator.REBOUND) ? 1 : 0, sensitivePeriod);
    }
}
