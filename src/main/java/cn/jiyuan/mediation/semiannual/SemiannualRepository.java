package cn.jiyuan.mediation.semiannual;

import static cn.jiyuan.mediation.screening.ScreeningClock.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the tables of V15: semiannual_round, semiannual_summary, semiannual_attachment. */
@Repository
public class SemiannualRepository {

    /** One half-year's round. */
    public record Round(long id, String periodCode, String title, LocalDate figuresFrom, LocalDate figuresTo,
                        OffsetDateTime dueAt, OffsetDateTime issuedAt, String issuedBy, String processInstanceId) {
    }

    /** One office's or committee's summary; {@code summaryText} is null until submitted. */
    public record Summary(long id, long roundId, UnitKind unitKind, String unitCode, String unitName, String townCode,
                          String unitGroup, String figuresText, String summaryText, boolean submitted,
                          OffsetDateTime submittedAt, String submittedBy, OffsetDateTime remindedAt,
                          String processInstanceId) {
    }

    /** An attachment without its bytes. */
    public record Attachment(long id, long summaryId, String fileName, String contentType, long sizeBytes,
                             OffsetDateTime uploadedAt, String uploadedBy) {
    }

    private static final RowMapper<Round> ROUND = (rs, i) -> new Round(rs.getLong("id"), rs.getString("period_code"),
            rs.getString("title"), rs.getObject("figures_from", LocalDate.class),
            rs.getObject("figures_to", LocalDate.class), local(rs.getObject("due_at", OffsetDateTime.class)),
            local(rs.getObject("issued_at", OffsetDateTime.class)), rs.getString("issued_by"),
            rs.getString("process_instance_id"));

    private static final RowMapper<Summary> SUMMARY = SemiannualRepository::summary;

    private static final RowMapper<Attachment> ATTACHMENT = (rs, i) -> new Attachment(rs.getLong("id"),
            rs.getLong("summary_id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            local(rs.getObject("uploaded_at", OffsetDateTime.class)), rs.getString("uploaded_by"));

    private final JdbcTemplate jdbc;

    public SemiannualRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- rounds

    /** Inserts the round unless its period has one. @return the new round's id, empty when the period had one */
    public Optional<Long> insertRound(HalfYear period, LocalDate figuresTo, OffsetDateTime issuedAt, String issuedBy,
                                      String processInstanceId) {
        if (findRound(period.code()).isPresent()) {
            return Optional.empty();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into semiannual_round (period_code, title, figures_from, figures_to,"
                    + " due_at, issued_at, issued_by, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            s.setString(1, period.code());
            s.setString(2, period.title());
            s.setObject(3, period.figuresFrom());
            s.setObject(4, figuresTo);
            s.setObject(5, period.dueAt());
            s.setObject(6, issuedAt);
            s.setString(7, issuedBy);
            s.setString(8, processInstanceId);
            return s;
        }, key);
        return Optional.of(key.getKey().longValue());
    }

    public Optional<Round> findRound(String periodCode) {
        return jdbc.query("select * from semiannual_round where period_code = ?", ROUND, periodCode).stream()
                .findFirst();
    }

    public Optional<Round> findRound(long id) {
        return jdbc.query("select * from semiannual_round where id = ?", ROUND, id).stream().findFirst();
    }

    /** The latest round, the one the overview shows by default. */
    public Optional<Round> latestRound() {
        return jdbc.query("select * from semiannual_round order by period_code desc", ROUND).stream().findFirst();
    }

    public List<Round> rounds() {
        return jdbc.query("select * from semiannual_round order by period_code desc", ROUND);
    }

    // ---- summaries

    public long insertSummary(long roundId, ReportingUnit unit, String figuresText) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into semiannual_summary (round_id, unit_kind, unit_code, unit_name,"
                    + " town_code, unit_group, figures_text, status) values (?, ?, ?, ?, ?, ?, ?, 'PENDING')",
                    new String[] {"id"});
            s.setLong(1, roundId);
            s.setString(2, unit.kind().name());
            s.setString(3, unit.code());
            s.setString(4, unit.name());
            s.setString(5, unit.townCode());
            s.setString(6, unit.group());
            s.setString(7, figuresText);
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public void markStarted(long summaryId, String processInstanceId) {
        jdbc.update("update semiannual_summary set process_instance_id = ? where id = ?", processInstanceId, summaryId);
    }

    public Optional<Summary> findSummary(long id) {
        return jdbc.query("select * from semiannual_summary where id = ?", SUMMARY, id).stream().findFirst();
    }

    /** The summaries of a round: justice offices first (by town), then the industry committees. */
    public List<Summary> findSummaries(long roundId) {
        return jdbc.query("select * from semiannual_summary where round_id = ? order by unit_kind desc, unit_code",
                SUMMARY, roundId);
    }

    public void markReminded(long summaryId, OffsetDateTime at) {
        jdbc.update("update semiannual_summary set reminded_at = ? where id = ?", at, summaryId);
    }

    /** @return false when the summary was in already (it is recorded once) */
    public boolean markSubmitted(long summaryId, String text, OffsetDateTime at, String userId) {
        return jdbc.update("update semiannual_summary set status = 'SUBMITTED', summary_text = ?, submitted_at = ?,"
                + " submitted_by = ? where id = ? and status = 'PENDING'", text, at, userId, summaryId) == 1;
    }

    // ---- attachments

    public long insertAttachment(long summaryId, String fileName, String contentType, byte[] content,
                                 OffsetDateTime at, String userId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into semiannual_attachment (summary_id, file_name, content_type,"
                    + " size_bytes, content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, summaryId);
            s.setString(2, fileName);
            s.setString(3, contentType);
            s.setLong(4, content.length);
            s.setBytes(5, content);
            s.setObject(6, at);
            s.setString(7, userId);
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public List<Attachment> findAttachments(long summaryId) {
        return jdbc.query("select id, summary_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by"
                + " from semiannual_attachment where summary_id = ? order by id", ATTACHMENT, summaryId);
    }

    public Optional<byte[]> attachmentContent(long summaryId, long attachmentId) {
        return jdbc.query("select content from semiannual_attachment where summary_id = ? and id = ?",
                (rs, i) -> rs.getBytes("content"), summaryId, attachmentId).stream().findFirst();
    }

    /**
     * Removes an attachment of a summary that is still pending; the condition on the summary is in the statement, so
     * that a submission committing meanwhile keeps the files it was submitted with.
     *
     * @return whether it was removed
     */
    public boolean deleteAttachment(long summaryId, long attachmentId) {
        return jdbc.update("delete from semiannual_attachment where id = ? and summary_id = ? and exists (select 1 from"
                + " semiannual_summary s where s.id = ? and s.status = 'PENDING')", attachmentId, summaryId, summaryId) == 1;
    }

    public long attachmentBytes(long summaryId) {
        Long n = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from semiannual_attachment where summary_id = ?",
                Long.class, summaryId);
        return n == null ? 0 : n;
    }

    private static Summary summary(ResultSet rs, int i) throws SQLException {
        return new Summary(rs.getLong("id"), rs.getLong("round_id"), UnitKind.valueOf(rs.getString("unit_kind")),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("town_code"),
                rs.getString("unit_group"), rs.getString("figures_text"), rs.getString("summary_text"),
                "SUBMITTED".equals(rs.getString("status")), local(rs.getObject("submitted_at", OffsetDateTime.class)),
                rs.getString("submitted_by"), local(rs.getObject("reminded_at", OffsetDateTime.class)),
                rs.getString("process_instance_id"));
    }
}
