package cn.jiyuan.mediation.disputecase;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The records of a case's mediation (tables of V2__cases.sql): sessions (case_session), agreements
 * (case_agreement), follow-up visits (case_follow_up) and documents (case_document).
 */
@Repository
public class MediationRecords {

    /** 调解记录. */
    public record Session(long id, long caseId, String mode, OffsetDateTime heldAt, String place, String participants,
                          String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** 调解协议 (type WRITTEN or ORAL). */
    public record Agreement(long id, long caseId, String type, String facts, String terms, String performanceMethod,
                            LocalDate performanceDeadline, LocalDate effectiveDate, boolean judicialConfirmationApplied,
                            LocalDate judicialConfirmationAt, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** 回访: result null until the visit is made. */
    public record FollowUp(long id, long caseId, LocalDate dueDate, String kind, String result,
                           OffsetDateTime visitedAt, String visitedBy, String notes) {
    }

    /** A document of the case file, without its content. */
    public record Document(long id, long caseId, String kind, String name, String contentType, long sizeBytes,
                           OffsetDateTime createdAt, String createdBy) {
    }

    private final JdbcTemplate jdbc;

    public MediationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private long insert(String sql, Object... args) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    // ---- sessions

    public long insertSession(long caseId, String mode, OffsetDateTime heldAt, String place, String participants,
                              String notes, String by, OffsetDateTime at) {
        return insert("insert into case_session (case_id, mode, held_at, place, participants, notes, recorded_by,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", caseId, mode, heldAt, place, participants, notes, by, at);
    }

    public List<Session> findSessions(long caseId) {
        return jdbc.query("select * from case_session where case_id = ? order by held_at, id", (rs, i) -> new Session(
                rs.getLong("id"), caseId, rs.getString("mode"), rs.getObject("held_at", OffsetDateTime.class),
                rs.getString("place"), rs.getString("participants"), rs.getString("notes"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)), caseId);
    }

    // ---- agreements

    public long insertAgreement(long caseId, String type, String facts, String terms, String performanceMethod,
                                LocalDate performanceDeadline, LocalDate effectiveDate, String by, OffsetDateTime at) {
        return insert("insert into case_agreement (case_id, type, facts, terms, performance_method,"
                        + " performance_deadline, effective_date, judicial_confirmation_applied, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseId, type, facts, terms, performanceMethod,
                performanceDeadline, effectiveDate, false, by, at);
    }

    private static final org.springframework.jdbc.core.RowMapper<Agreement> AGREEMENT = (rs, i) -> new Agreement(
            rs.getLong("id"), rs.getLong("case_id"), rs.getString("type"), rs.getString("facts"), rs.getString("terms"),
            rs.getString("performance_method"), rs.getObject("performance_deadline", LocalDate.class),
            rs.getObject("effective_date", LocalDate.class), rs.getBoolean("judicial_confirmation_applied"),
            rs.getObject("judicial_confirmation_at", LocalDate.class), rs.getString("recorded_by"),
            rs.getObject("recorded_at", OffsetDateTime.class));

    public Optional<Agreement> findAgreement(long id) {
        return jdbc.query("select * from case_agreement where id = ?", AGREEMENT, id).stream().findFirst();
    }

    public List<Agreement> findAgreements(long caseId) {
        return jdbc.query("select * from case_agreement where case_id = ? order by id", AGREEMENT, caseId);
    }

    public void recordJudicialConfirmation(long agreementId, LocalDate appliedOn) {
        jdbc.update("update case_agreement set judicial_confirmation_applied = ?, judicial_confirmation_at = ?"
                + " where id = ?", true, appliedOn, agreementId);
    }

    // ---- follow-up visits

    public long insertFollowUp(long caseId, long agreementId, LocalDate dueDate, String kind) {
        return insert("insert into case_follow_up (case_id, agreement_id, due_date, kind) values (?, ?, ?, ?)", caseId,
                agreementId, dueDate, kind);
    }

    /** The visits planned for an agreement, in due order (stable while they are made). */
    public List<Long> findFollowUpIdsOfAgreement(long agreementId) {
        return jdbc.queryForList("select id from case_follow_up where agreement_id = ? order by due_date, id",
                Long.class, agreementId);
    }

    private static final org.springframework.jdbc.core.RowMapper<FollowUp> FOLLOW_UP = (rs, i) -> new FollowUp(
            rs.getLong("id"), rs.getLong("case_id"), rs.getObject("due_date", LocalDate.class), rs.getString("kind"),
            rs.getString("result"), rs.getObject("visited_at", OffsetDateTime.class), rs.getString("visited_by"),
            rs.getString("notes"));

    public Optional<FollowUp> findFollowUp(long id) {
        return jdbc.query("select * from case_follow_up where id = ?", FOLLOW_UP, id).stream().findFirst();
    }

    public List<FollowUp> findFollowUps(long caseId) {
        return jdbc.query("select * from case_follow_up where case_id = ? order by due_date, id", FOLLOW_UP, caseId);
    }

    /** The planned visits not made yet, in due order. */
    public List<Long> findOpenFollowUpIds(long caseId) {
        return jdbc.queryForList("select id from case_follow_up where case_id = ? and result is null"
                + " order by due_date, id", Long.class, caseId);
    }

    public void recordVisit(long followUpId, String result, OffsetDateTime at, String by, String notes) {
        jdbc.update("update case_follow_up set result = ?, visited_at = ?, visited_by = ?, notes = ? where id = ?",
                result, at, by, notes, followUpId);
    }

    public int countVisits(long caseId, String result) {
        return jdbc.queryForObject("select count(*) from case_follow_up where case_id = ? and result = ?",
                Integer.class, caseId, result);
    }

    /** Planned visits that will not happen any more (mediation reopened, or the case closed). */
    public void deleteOpenFollowUps(long caseId) {
        jdbc.update("delete from case_follow_up where case_id = ? and result is null", caseId);
    }

    // ---- documents

    public long insertDocument(long caseId, String kind, String name, String contentType, byte[] content, String by,
                               OffsetDateTime at) {
        return insert("insert into case_document (case_id, kind, name, content_type, size_bytes, content, created_at,"
                + " created_by) values (?, ?, ?, ?, ?, ?, ?, ?)", caseId, kind, name, contentType,
                (long) content.length, content, at, by);
    }

    public List<Document> findDocuments(long caseId) {
        return jdbc.query("select id, case_id, kind, name, content_type, size_bytes, created_at, created_by"
                + " from case_document where case_id = ? order by created_at, id", (rs, i) -> new Document(
                rs.getLong("id"), caseId, rs.getString("kind"), rs.getString("name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by")), caseId);
    }

    /** The document of the given case with its content. */
    public Optional<StoredDocument> findDocument(long caseId, long documentId) {
        return jdbc.query("select * from case_document where id = ? and case_id = ?", (rs, i) -> new StoredDocument(
                rs.getString("name"), rs.getString("content_type"), rs.getBytes("content")), documentId, caseId)
                .stream().findFirst();
    }

    public record StoredDocument(String name, String contentType, byte[] content) {
    }
}
