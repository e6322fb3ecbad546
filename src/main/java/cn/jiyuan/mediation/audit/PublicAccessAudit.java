package cn.jiyuan.mediation.audit;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.IntakeChannel;

/**
 * Records the public side's accesses to a case (way in {@link WayIn#PUBLIC}, 掌上调解): an application that registered
 * or was merged into a case, and a status lookup that found one. The user is {@link IntakeChannel#ONLINE_APPLICANT}
 * (nobody logs in); the path is kept without its query, which holds the phone. Lookups that found nothing name no
 * case and are not recorded (the rate limits count them). Never throws, like {@link AuditRecorder}.
 */
@Component
public class PublicAccessAudit {

    private static final Logger log = LoggerFactory.getLogger(PublicAccessAudit.class);

    private final AuditRepository repository;

    PublicAccessAudit(AuditRepository repository) {
        this.repository = repository;
    }

    /** An application answered with this case ({@code status} 201 registered, 200 merged into it). */
    public void applied(long caseId, String caseNumber, String clientAddress, int status) {
        record(AuditAction.WRITE, "POST", "/public/api/applications", caseId, caseNumber, clientAddress, status);
    }

    /** A status lookup that showed this case. */
    public void read(long caseId, String caseNumber, String clientAddress) {
        record(AuditAction.READ, "GET", "/public/api/applications/status", caseId, caseNumber, clientAddress, 200);
    }

    private void record(AuditAction action, String method, String path, long caseId, String caseNumber,
                        String clientAddress, int status) {
        try {
            repository.insert(List.of(new AuditRecord(null, OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS),
                    IntakeChannel.ONLINE_APPLICANT, WayIn.PUBLIC, clientAddress, method, path, action, caseId,
                    caseNumber, status)));
        } catch (RuntimeException e) {
            log.error("Audit: could not record {} {} of case {} (status {}): {}", method, path, caseId, status,
                    e.toString());
        }
    }
}
