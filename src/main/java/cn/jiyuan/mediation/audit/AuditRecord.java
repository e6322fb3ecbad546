package cn.jiyuan.mediation.audit;

import java.time.OffsetDateTime;

/** One row of audit_record: who did what to which case, when, through which way in, with what outcome. */
record AuditRecord(Long id, OffsetDateTime at, String userId, WayIn wayIn, String clientAddress, String method,
                   String path, AuditAction action, Long caseId, String caseNumber, int status) {
}
