package cn.jiyuan.mediation.screening.report;

import java.time.OffsetDateTime;

/**
 * A dispute found in a unit's report (table {@code screening_finding}) and what became of it: resolved on
 * the spot, or registered as a case ({@code caseId}, {@code caseNumber}).
 */
public record ScreeningFinding(long id, long reportId, long roundId, int seq, FoundDispute dispute,
                               FindingOutcome outcome, String caseId, String caseNumber, OffsetDateTime createdAt) {
}
