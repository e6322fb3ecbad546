package cn.jiyuan.mediation.disputecase;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseDetails;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseReader;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.NotFoundException;

/**
 * The case file (卷宗) of a case and its documents: {@code GET /api/cases/{ref}/file} lists every record
 * (status history, sessions, agreements, follow-up visits, documents with links) and
 * {@code GET /api/cases/{ref}/documents/{documentId}} answers a stored document (e.g. the agreement PDF).
 * Only for those who handle or supervise the case (it holds the parties' personal data): 404 when the case is
 * unknown or not readable at all, 403 when it may be read only masked (its registrar, administrators).
 */
@RestController
@RequestMapping("/api/cases/{reference}")
public class CaseFileController {

    private final CaseReader reader;
    private final MediationRecords records;

    public CaseFileController(CaseReader reader, MediationRecords records) {
        this.reader = reader;
        this.records = records;
    }

    public record CaseFileView(long caseId, String caseNumber, String status, String statusName, String outcome,
                               String committeeCode, String committeeName, String handlingLevel, String riskLevel,
                               boolean earlyWarning, java.time.LocalDate deadline, List<CaseDetails.History> history,
                               List<Session> sessions, List<MediationRecords.Agreement> agreements,
                               List<FollowUp> followUps, List<Document> documents) {
    }

    public record Session(long id, String mode, String modeName, OffsetDateTime heldAt, String place,
                          String participants, String notes, String recordedBy) {
    }

    public record FollowUp(long id, java.time.LocalDate dueDate, String kind, String result, String resultName,
                           OffsetDateTime visitedAt, String visitedBy, String notes) {
    }

    public record Document(long id, String kind, String name, String contentType, long sizeBytes,
                           OffsetDateTime createdAt, String createdBy, String href) {
    }

    @GetMapping(path = "/file", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseFileView file(@PathVariable String reference,
                             @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        reader.readableInFull(reference, user);
        CaseDetails c = reader.read(reference, user);
        long id = c.caseId();
        List<Session> sessions = records.findSessions(id).stream().map(s -> new Session(s.id(), s.mode(),
                SessionMode.valueOf(s.mode()).label(), local(s.heldAt()), s.place(), s.participants(), s.notes(),
                s.recordedBy())).toList();
        List<FollowUp> followUps = records.findFollowUps(id).stream().map(f -> new FollowUp(f.id(), f.dueDate(),
                f.kind(), f.result(), f.result() == null ? "待回访" : FollowUpResult.valueOf(f.result()).label(),
                local(f.visitedAt()), f.visitedBy(), f.notes())).toList();
        List<Document> documents = records.findDocuments(id).stream().map(d -> new Document(d.id(), d.kind(),
                d.name(), d.contentType(), d.sizeBytes(), local(d.createdAt()), d.createdBy(),
                "/api/cases/" + id + "/documents/" + d.id())).toList();
        return new CaseFileView(id, c.caseNumber(), c.status(), c.statusName(), c.outcome(), c.committeeCode(),
                c.committeeName(), c.handlingLevel(), c.riskLevel(), c.earlyWarning(), c.deadline(), c.history(),
                sessions, records.findAgreements(id), followUps, documents);
    }

    @GetMapping("/documents/{documentId}")
    public ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable long documentId,
                                           @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        CaseFile c = reader.readableInFull(reference, user);
        MediationRecords.StoredDocument d = records.findDocument(c.id(), documentId)
                .orElseThrow(() -> new NotFoundException("案件 " + c.caseNumber() + " 没有文书 " + documentId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(d.name(), StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }

    private static OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime();
    }
}
