package cn.jiyuan.mediation.cases;

/**
 * A case was registered (published inside the intake transaction, after its process started).
 * Listeners that must not be lost (early warnings) act synchronously within that transaction.
 */
public record CaseRegisteredEvent(long caseId, String riskLevel, boolean earlyWarning) {
}
