package cn.jiyuan.mediation.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends an e-mail at most once per {@link MailIdentity}: called by the asynchronous mail jobs of process
 * early-warning, inside the job's transaction. The e-mail is first recorded in sent_mail (unique identity),
 * then handed to the SMTP server: when the server is unreachable or refuses, the exception rolls the record
 * back and the job is retried; a retry of an e-mail already recorded (sent) sends nothing. A concurrent
 * duplicate waits for the first record and then fails on the unique key, and its retry finds the record.
 * What cannot be excluded without two-phase commit is a resend after the server took the e-mail and the
 * commit then failed; the deterministic Message-ID lets mail systems recognize such a duplicate.
 */
@Service
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** An e-mail to send. */
    public record OutgoingMail(MailIdentity identity, MailKind kind, Recipient recipient, String subject,
                               String body, String processInstanceId) {
    }

    private final JavaMailSender sender;
    private final SentMailRepository sent;
    private final String from;

    public MailDispatcher(JavaMailSender sender, SentMailRepository sent,
                          @Value("${mediation.mail.from:tiaojie@jiyuan.example}") String from) {
        this.sender = sender;
        this.sent = sent;
        this.from = from;
    }

    /** @return true when the e-mail was sent now, false when it had been sent before */
    public boolean sendOnce(OutgoingMail mail) {
        MailIdentity identity = mail.identity();
        if (sent.exists(identity.key())) {
            log.info("E-mail {} was sent before; not sending it again", identity.key());
            return false;
        }
        String messageId = identity.messageId(domain(from));
        sent.insert(identity.key(), new SentMailRepository.SentMail(identity.caseId(), identity.eventId(),
                mail.kind().name(), mail.recipient().email(), mail.recipient().name(), mail.subject(), messageId,
                CaseTime.now(), mail.processInstanceId()));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            if (mail.recipient().name() != null) {
                helper.setTo(new jakarta.mail.internet.InternetAddress(mail.recipient().email(),
                        mail.recipient().name(), "UTF-8"));
            } else {
                helper.setTo(mail.recipient().email());
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(new java.util.Date());
            // JavaMailSenderImpl keeps an explicitly set Message-ID when it saves the message.
            message.setHeader("Message-ID", messageId);
            sender.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot build e-mail " + identity.key(), e);
        } catch (MailException e) {
            log.warn("E-mail {} not sent: {}", identity.key(), e.getMessage());
            throw e;
        }
        log.info("E-mail {} sent as {}", identity.key(), messageId);
        return true;
    }

    static String domain(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replace(">", "").trim();
        return domain.isEmpty() ? "mediation.local" : domain;
    }
}
