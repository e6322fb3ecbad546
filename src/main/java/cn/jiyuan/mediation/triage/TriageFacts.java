package cn.jiyuan.mediation.triage;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;

/** The inputs of the triage decisions (triage.dmn). */
public record TriageFacts(DisputeCategory category, boolean crossVillage, boolean crossTown, RiskLevel riskLevel,
                          boolean hasVillage, boolean enterpriseRelated, IntakeChannel channel) {
}
