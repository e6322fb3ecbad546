package cn.jiyuan.mediation.awareness;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An alert as {@code GET /api/awareness/alerts} answers it: codes with their Chinese labels beside them, the
 * figures that triggered it (by kind: hotspots {@code windowDays, cases, baseline, factor, minCases}; workload
 * {@code openCases, fullTimeMediators, casesPerMediator, threshold}; repeat parties {@code earlierDisputes,
 * earlierReferences}), when it was detected and last confirmed, and the recommended action.
 */
public record AlertView(long id, String kind, String kindName, String title, String description, String townCode,
                        String townName, String committeeCode, String committeeName, String category,
                        String categoryName, Long caseId, String caseNumber, Map<String, Object> figures,
                        OffsetDateTime detectedAt, OffsetDateTime lastSeenAt, OffsetDateTime endedAt, boolean active,
                        String recommendedAction) {
}
