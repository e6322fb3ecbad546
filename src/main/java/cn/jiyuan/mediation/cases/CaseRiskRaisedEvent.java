package cn.jiyuan.mediation.cases;

/**
 * The risk of a case rose after intake (a rebound, new indicators recorded during mediation, a
 * supervisor's reassessment). Published inside the transaction that recorded the change.
 *
 * @param reason what raised it, in Chinese, for the warning e-mail and the ledger
 */
public record CaseRiskRaisedEvent(long caseId, String previousRiskLevel, String riskLevel, boolean earlyWarning,
                                  String reason) {
}
