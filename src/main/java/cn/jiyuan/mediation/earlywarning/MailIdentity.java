package cn.jiyuan.mediation.earlywarning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity of one e-mail: case, event (registered, risk-raised-{uuid}, ended) and recipient. The same
 * identity is the same e-mail: it is sent at most once, and always with the same Message-ID.
 */
public record MailIdentity(long caseId, String eventId, String recipient) {

    public MailIdentity {
        recipient = recipient.trim().toLowerCase(Locale.ROOT);
    }

    /** The key stored in sent_mail.mail_identity. */
    public String key() {
        return caseId + ":" + eventId + ":" + recipient;
    }

    /** A deterministic Message-ID, e.g. {@code <case-42.registered.3f9a0c1b2d4e5f60@jiyuan.example>}. */
    public String messageId(String domain) {
        String event = eventId.length() > 40 ? eventId.substring(0, 40) : eventId;
        return "<case-" + caseId + "." + event + "." + hash(recipient) + "@" + domain + ">";
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
