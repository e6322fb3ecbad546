package cn.jiyuan.mediation.referral;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;

/**
 * The referrals of cases (table case_referral, V21), the letter in the case file (case_document), and the case's
 * latest referral kept on case_file (referral_kind, referral_outcome) for the ledger and the statistics.
 */
@Repository
public class ReferralRepository {

    /** A referral as recorded; {@code outcome} null while the receiving unit's answer is awaited. */
    public record Referral(long id, long caseId, ReferralKind kind, String contactCode, String unitName,
                           String unitEmail, String reason, OffsetDateTime referredAt, String referredBy,
                           LocalDate replyDue, Long letterDocumentId, OffsetDateTime letterSentAt,
                           OffsetDateTime remindedAt, OffsetDateTime escalatedAt, ReferralOutcome outcome, String result,
                           String unitReference, OffsetDateTime answeredAt, String answeredBy) {

        public boolean answered() {
            return outcome != null;
        }
    }

    /** What a new referral holds. */
    public record NewReferral(long caseId, ReferralKind kind, String contactCode, String unitName, String unitEmail,
                              String reason, OffsetDateTime referredAt, String referredBy, LocalDate replyDue) {
    }

    private static final RowMapper<Referral> REFERRAL = (rs, i) -> {
        String outcome = rs.getString("outcome");
        return new Referral(rs.getLong("id"), rs.getLong("case_id"), ReferralKind.valueOf(rs.getString("kind")),
                rs.getString("contact_code"), rs.getString("unit_name"), rs.getString("unit_email"),
                rs.getString("reason"), rs.getObject("referred_at", OffsetDateTime.class), rs.getString("referred_by"),
                rs.getObject("reply_due", LocalDate.class), rs.getObject("letter_document_id", Long.class),
                rs.getObject("letter_sent_at", OffsetDateTime.class), rs.getObject("reminded_at", OffsetDateTime.class),
                rs.getObject("escalated_at", OffsetDateTime.class),
                outcome == null ? null : ReferralOutcome.valueOf(outcome), rs.getString("result"),
                rs.getString("unit_reference"), rs.getObject("answered_at", OffsetDateTime.class),
                rs.getString("answered_by"));
    };

    private final JdbcTemplate jdbc;

    public ReferralRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewReferral r) {
        return insert("insert into case_referral (case_id, kind, contact_code, unit_name, unit_email, reason,"
                        + " referred_at, referred_by, reply_due) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.caseId(),
                r.kind().name(), r.contactCode(), r.unitName(), r.unitEmail(), r.reason(), r.referredAt(),
                r.referredBy(), r.replyDue());
    }

    public Optional<Referral> find(long id) {
        return jdbc.query("select * from case_referral where id = ?", REFERRAL, id).stream().findFirst();
    }

    /** The case's referrals, oldest first. */
    public List<Referral> findOfCase(long caseId) {
        return jdbc.query("select * from case_referral where case_id = ? order by referred_at, id", REFERRAL, caseId);
    }

    /** The letter, written to the case file (卷宗) as it is e-mailed. */
    public long insertLetter(long caseId, String name, byte[] pdf, String by, OffsetDateTime at) {
        return insert("insert into case_document (case_id, kind, name, content_type, size_bytes, content, created_at,"
                        + " created_by) values (?, 'REFERRAL_LETTER', ?, 'application/pdf', ?, ?, ?, ?)", caseId, name,
                (long) pdf.length, pdf, at, by);
    }

    public void attachLetter(long referralId, long documentId) {
        jdbc.update("update case_referral set letter_document_id = ? where id = ?", documentId, referralId);
    }

    public byte[] letter(long documentId) {
        return jdbc.queryForObject("select content from case_document where id = ?", byte[].class, documentId);
    }

    public void letterSent(long referralId, OffsetDateTime at) {
        jdbc.update("update case_referral set letter_sent_at = coalesce(letter_sent_at, ?) where id = ?", at, referralId);
    }

    public void reminded(long referralId, OffsetDateTime at) {
        jdbc.update("update case_referral set reminded_at = ? where id = ?", at, referralId);
    }

    public void escalated(long referralId, OffsetDateTime at) {
        jdbc.update("update case_referral set escalated_at = ? where id = ?", at, referralId);
    }

    /** The receiving unit's answer; a referral is answered once (the answer task ends the process). */
    public void answer(long referralId, ReferralOutcome outcome, String result, String unitReference,
                       OffsetDateTime at, String by) {
        int rows = jdbc.update("update case_referral set outcome = ?, result = ?, unit_reference = ?, answered_at = ?,"
                + " answered_by = ? where id = ? and outcome is null", outcome.name(), result, unitReference, at, by,
                referralId);
        if (rows != 1) {
            throw new IllegalStateException("referral " + referralId + " is unknown or answered already");
        }
    }

    /** The case's latest referral as the ledger and the statistics read it (outcome null: awaited). */
    public void markCase(long caseId, ReferralKind kind, ReferralOutcome outcome, OffsetDateTime at) {
        jdbc.update("update case_file set referral_kind = ?, referral_outcome = ?, updated_at = ? where id = ?",
                kind.name(), outcome == null ? null : outcome.name(), at, caseId);
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
}
