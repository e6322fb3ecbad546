package cn.jiyuan.mediation.audit;

import java.time.OffsetDateTime;

/**
 * A search of the audit records (all fields optional): {@code from} inclusive, {@code to} exclusive;
 * {@code caseId} or {@code caseNumber} from the caller's case reference; {@code page} from 0.
 */
record AuditCriteria(Long caseId, String caseNumber, String userId, OffsetDateTime from, OffsetDateTime to,
                     WayIn wayIn, AuditAction action, int page, int size) {
}
