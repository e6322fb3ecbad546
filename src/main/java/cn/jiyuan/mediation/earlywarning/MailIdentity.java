package cn.jiyuan.mediation.earlywarning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity of one e-mail: what it is about — a case, or a situation report (重要情况报告, which has no case) —,
 * event (registered, risk-raised-{uuid}, ended, filed) and recipient. The same identity is the same e-mail: it is
 * sent at most once, and always with the same Message-ID. Exactly one of caseId and situationReportId is set.
 */
public record MailIdentity(Long caseId, Long situationReportId, String eventId, String recipient) {

    public MailIdentity {
        if ((caseId == null) == (situationReportId == null)) {
            throw new IllegalArgumentException("an e-mail is about a case or about a situation report");
        }
        recipient = recipient.trim().toLowerCase(Locale.ROOT);
    }

    /** An e-mail about a case. */
    public MailIdentity(long caseId, String eventId, String recipient) {
        this(caseId, null, eventId, recipient);
    }

    /** An e-mail about a situation report. */
    public static MailIdentity ofSituationReport(long reportId, String eventId, String recipient) {
        return new MailIdentity(null, reportId, eventId, recipient);
    }

    /**
     * The key stored in sent_mail.mail_identity; a case's keys are as they always were (caseId:event:recipient),
     * so that e-mails recorded before situation reports existed are still found.
     */
    public String key() {
        return about() + ":" + eventId + ":" + recipient;
    }

    /** A deterministic Message-ID, e.g. {@code <case-42.registered.3f9a0c1b2d4e5f60@jiyuan.example>}. */
    public String messageId(String domain) {
        String event = eventId.length() > 40 ? eventId.substring(0, 40) : eventId;
        String prefix = caseId != null ? "case-" + caseId : "situation-" + situationReportId;
        return "<" + prefix + "." + event + "." + hash(recipient) + "@" + domain + ">";
    }

    private String about() {
        return caseId != null ? String.valueOf(caseId) : "situation-" + situationReportId;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
