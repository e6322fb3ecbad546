package cn.jiyuan.mediation.triage;

import java.math.BigDecimal;
import java.util.Set;

import cn.jiyuan.mediation.cases.RiskIndicator;

/** The inputs of the risk decisions (risk-assessment.dmn). */
public record RiskFacts(Set<RiskIndicator> indicators, int peopleInvolved, BigDecimal amountInvolved,
                        int reboundCount, boolean sensitivePeriod) {
}
