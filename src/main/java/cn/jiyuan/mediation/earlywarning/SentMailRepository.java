package cn.jiyuan.mediation.earlywarning;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Every e-mail sent about a case or a situation report (table sent_mail). */
@Repository
public class SentMailRepository {

    /** A sent e-mail, as recorded with its case or its situation report (the other one null). */
    public record SentMail(Long caseId, String eventId, String kind, String recipient, String recipientName,
                           String subject, String messageId, OffsetDateTime sentAt, String processInstanceId,
                           Long situationReportId) {

        public SentMail(long caseId, String eventId, String kind, String recipient, String recipientName,
                        String subject, String messageId, OffsetDateTime sentAt, String processInstanceId) {
            this(caseId, eventId, kind, recipient, recipientName, subject, messageId, sentAt, processInstanceId, null);
        }
    }

    private static final RowMapper<SentMail> MAIL = (rs, i) -> new SentMail(rs.getObject("case_id", Long.class),
            rs.getString("event_id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("recipient_name"),
            rs.getString("subject"), rs.getString("message_id"), rs.getObject("sent_at", OffsetDateTime.class),
            rs.getString("process_instance_id"), rs.getObject("situation_report_id", Long.class));

    private final JdbcTemplate jdbc;

    public SentMailRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String mailIdentity) {
        Integer n = jdbc.queryForObject("select count(*) from sent_mail where mail_identity = ?", Integer.class,
                mailIdentity);
        return n != null && n > 0;
    }

    /** Records the e-mail; the unique mail identity makes a second record of the same e-mail fail. */
    public void insert(String mailIdentity, SentMail m) {
        jdbc.update("insert into sent_mail (case_id, event_id, kind, recipient, recipient_name, mail_identity, subject,"
                        + " message_id, sent_at, process_instance_id, situation_report_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.caseId(), m.eventId(), m.kind(), m.recipient(), m.recipientName(), mailIdentity, m.subject(),
                m.messageId(), m.sentAt(), m.processInstanceId(), m.situationReportId());
    }

    /** A situation report's e-mails, oldest first. */
    public List<SentMail> findBySituationReport(long reportId) {
        return jdbc.query("select * from sent_mail where situation_report_id = ? order by sent_at, id", MAIL, reportId);
    }

    /**
     * Records an e-mail about no case (a monthly report): case_id stays empty, {@code recipients} lists its
     * addressees (cut to the column's 320 characters; the e-mail itself names them all).
     */
    public void insertWithoutCase(String mailIdentity, String eventId, String kind, String recipients,
                                  String recipientNames, String subject, String messageId, OffsetDateTime sentAt,
                                  String processInstanceId) {
        jdbc.update("insert into sent_mail (case_id, event_id, kind, recipient, recipient_name, mail_identity, subject,"
                        + " message_id, sent_at, process_instance_id) values (null, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                eventId, kind, cut(recipients, 320), cut(recipientNames, 200), mailIdentity, cut(subject, 500),
                messageId, sentAt, processInstanceId);
    }

    /** The e-mails recorded under an event about no case (e.g. {@code monthly-report:42}), oldest first. */
    public List<String> messageIdsOfEvent(String eventId) {
        return jdbc.queryForList("select message_id from sent_mail where event_id = ? order by sent_at, id",
                String.class, eventId);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The case's e-mails, oldest first. */
    public List<SentMail> findByCase(long caseId) {
        return jdbc.query("select * from sent_mail where case_id = ? order by sent_at, id", MAIL, caseId);
    }
}
