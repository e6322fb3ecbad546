package cn.jiyuan.mediation.screening.report;

import java.math.BigDecimal;
import java.util.Set;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;

/**
 * One dispute a unit found in a round, as reported (an item of the form's dynamic list): what happened,
 * between whom (申请人, 被申请人) and what the unit did. Amount, enterprise involvement and risk indicators
 * are asked for disputes to register as cases, whose risk assessment and triage use them.
 */
public record FoundDispute(String description, DisputeCategory category, String applicantName,
                           String applicantPhone, String respondentName, String respondentPhone,
                           Integer peopleInvolved, Handling handling, String resolution, BigDecimal amountInvolved,
                           boolean enterpriseRelated, Set<RiskIndicator> riskIndicators) {
}
