package cn.jiyuan.mediation.triage;

import cn.jiyuan.mediation.cases.RiskLevel;

/** Outcome of the risk assessment (风险研判). */
public record RiskResult(RiskLevel riskLevel, boolean earlyWarning) {
}
