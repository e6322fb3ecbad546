package cn.jiyuan.mediation.triage;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;

/**
 * The inputs of the triage decisions (triage.dmn).
 *
 * @param stationedRoom the dispute is registered by a mediation room stationed at a court, a police station or a
 *                      petition office (派驻人民调解工作室), which then mediates it itself unless the table says otherwise
 */
public record TriageFacts(DisputeCategory category, boolean crossVillage, boolean crossTown, RiskLevel riskLevel,
                          boolean hasVillage, boolean enterpriseRelated, IntakeChannel channel, boolean stationedRoom) {

    /** A dispute registered by a committee or a justice office (no stationed room). */
    public TriageFacts(DisputeCategory category, boolean crossVillage, boolean crossTown, RiskLevel riskLevel,
                       boolean hasVillage, boolean enterpriseRelated, IntakeChannel channel) {
        this(category, crossVillage, crossTown, riskLevel, hasVillage, enterpriseRelated, channel, false);
    }
}
