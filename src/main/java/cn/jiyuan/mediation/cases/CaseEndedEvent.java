package cn.jiyuan.mediation.cases;

/**
 * A case ended (closed, refused, withdrawn, no agreement...). Published inside the transaction that
 * recorded the final status, so that e.g. the outcome is reported back to whoever was warned.
 */
public record CaseEndedEvent(long caseId, String status, String outcome) {
}
