package cn.jiyuan.mediation.intake;

/** What a first request with an Idempotency-Key left behind: its fingerprint and its answer. */
public record IdempotencyRecord(String requestHash, Long caseId, String responseBody) {
}
