package cn.jiyuan.mediation.earlywarning;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.DatabaseFailures;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends an e-mail once per {@link MailIdentity}: called by the asynchronous mail jobs of processes early-warning,
 * situation-report and case-referral (one job per recipient), inside the job's transaction. Before sending, sent_mail is asked whether the identity
 * was sent already (then nothing is sent). After the SMTP server has taken the e-mail it is recorded in sent_mail
 * in a transaction of its own, committed at once: whatever then fails in the job's own transaction (an
 * optimistic-locking conflict where the process continues, a failed commit, the database going away) rolls back
 * the job but not the record, and the job's retry finds the record and sends nothing. When the SMTP server is
 * unreachable or refuses, nothing is recorded and the job is retried; the failure ({@link MailNotSentException}, shown
 * in Cockpit as the job's incident once the retries are used up) names the case and recipient in Chinese. When the
 * database is unreachable just after the e-mail went out, the record waits for it
 * (mediation.mail.record-patience, 2 minutes, and never past the job's
 * lock, see {@link #patience}). The one window left, without two-phase
 * commit, is a crash between the server's acceptance and the record's commit; the deterministic Message-ID lets
 * mail systems recognize that duplicate. README "可靠性".
 */
@Service
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** An e-mail to send. */
    public record OutgoingMail(MailIdentity identity, MailKind kind, Recipient recipient, String subject,
                               String body, String processInstanceId) {
    }

    /** A document attached to an e-mail about a case (a referral letter): its file name, type and bytes. */
    public record Attachment(String name, String contentType, byte[] content) {
    }

    /**
     * An e-mail about no case, with one document attached: a monthly report to the town's party committee and
     * government ({@code to}) with the bureau's grassroots section in copy ({@code cc}). One e-mail for all of them,
     * sent once per {@code identity} (e.g. {@code monthly-report:42}). Without a document ({@code attachment} null),
     * a notice such as a semi-annual summary's reminder ({@code semiannual-reminder:7:7}).
     *
     * @param about what the e-mail is, for an operator reading a failure (e.g. "克井镇 2026年5月")
     */
    public record DocumentMail(String identity, MailKind kind, String about, List<Recipient> to, List<Recipient> cc,
                               String subject, String body, String attachmentName, byte[] attachment,
                               String processInstanceId) {

        public DocumentMail {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }

        /** A deterministic Message-ID, e.g. {@code <monthly-report-42.3f9a0c1b2d4e5f60@jiyuan.example>}. */
        String messageId(String domain) {
            String readable = identity.replaceAll("[^A-Za-z0-9-]", "-");
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return "<" + (readable.length() > 40 ? readable.substring(0, 40) : readable) + "."
                        + java.util.HexFormat.of().formatHex(digest, 0, 8) + "@" + domain + ">";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final JavaMailSender sender;
    private final SentMailRepository sent;
    private final CaseRepository cases;
    private final String from;
    private final TransactionTemplate ownTransaction;
    private final Duration recordPatience;

    /**
     * Time an e-mail may take to reach the SMTP server at most (spring.mail's connection, read and write timeouts,
     * application.yaml): the part of the job's lock the sending itself uses up.
     */
    static final Duration SEND_BUDGET = Duration.ofSeconds(45);

    public MailDispatcher(JavaMailSender sender, SentMailRepository sent, CaseRepository cases,
                          PlatformTransactionManager transactions,
                          @Value("${mediation.mail.from:tiaojie@jiyuan.example}") String from,
                          @Value("${mediation.mail.record-patience:PT2M}") Duration recordPatience,
                          @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long jobLockMillis) {
        this.recordPatience = patience(recordPatience, Duration.ofMillis(jobLockMillis));
        this.sender = sender;
        this.sent = sent;
        this.cases = cases;
        this.from = from;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * While this job waits to record a sent e-mail, its lock must hold: once the lock expires another job executor
     * thread (or node) takes the job up again, finds no record and sends the e-mail a second time. So the wait
     * ends in time for the lock: at most the job lock time less the sending's own budget.
     */
    static Duration patience(Duration configured, Duration jobLock) {
        Duration left = jobLock.minus(SEND_BUDGET);
        if (left.isNegative()) {
            left = Duration.ZERO;
        }
        return configured.compareTo(left) < 0 ? configured : left;
    }

    /** @return true when the e-mail was sent now, false when it had been sent before */
    public boolean sendOnce(OutgoingMail mail) {
        return sendOnce(mail, null);
    }

    /**
     * As {@link #sendOnce(OutgoingMail)}, with a document attached (null: none): the same identity, record and
     * Message-ID, whatever is attached.
     *
     * @return true when the e-mail was sent now, false when it had been sent before
     */
    public boolean sendOnce(OutgoingMail mail, Attachment attachment) {
        MailIdentity identity = mail.identity();
        if (sent.exists(identity.key())) {
            log.info("E-mail {} was sent before; not sending it again", identity.key());
            return false;
        }
        String messageId = identity.messageId(domain(from));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
            helper.setFrom(from);
            if (mail.recipient().name() != null) {
                helper.setTo(new jakarta.mail.internet.InternetAddress(mail.recipient().email(),
                        mail.recipient().name(), "UTF-8"));
            } else {
                helper.setTo(mail.recipient().email());
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            if (attachment != null) {
                helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            helper.setSentDate(new java.util.Date());
            // JavaMailSenderImpl keeps an explicitly set Message-ID when it saves the message.
            message.setHeader("Message-ID", messageId);
            sender.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot build e-mail " + identity.key(), e);
        } catch (MailException e) {
            log.warn("E-mail {} not sent: {}", identity.key(), e.getMessage());
            throw identity.caseId() != null
                    ? new MailNotSentException(mail.kind(), caseNumber(identity.caseId()), mail.recipient(), e)
                    : MailNotSentException.ofSituationReport(mail.kind(), identity.situationReportId(), mail.recipient(), e);
        }
        record(mail, messageId);
        log.info("E-mail {} sent as {}", identity.key(), messageId);
        return true;
    }

    /**
     * Sends an e-mail about no case once per identity, as {@link #sendOnce(OutgoingMail)} does for a case's (the same
     * sent_mail record, written in a transaction of its own as soon as the server has taken the e-mail).
     *
     * @return true when the e-mail was sent now, false when it had been sent before
     */
    public boolean sendOnce(DocumentMail mail) {
        if (sent.exists(mail.identity())) {
            log.info("E-mail {} was sent before; not sending it again", mail.identity());
            return false;
        }
        String messageId = mail.messageId(domain(from));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(addresses(mail.to()));
            if (!mail.cc().isEmpty()) {
                helper.setCc(addresses(mail.cc()));
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            if (mail.attachment() != null) {
                helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), "application/pdf");
            }
            helper.setSentDate(new java.util.Date());
            message.setHeader("Message-ID", messageId);
            sender.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot build e-mail " + mail.identity(), e);
        } catch (MailException e) {
            log.warn("E-mail {} not sent: {}", mail.identity(), e.getMessage());
            throw new MailNotSentException(mail.kind(), mail.about(), names(mail.to()), e);
        }
        String recipients = String.join(", ", mail.to().stream().map(Recipient::email).toList());
        recordOnce(mail.identity(), () -> sent.insertWithoutCase(mail.identity(), mail.identity(), mail.kind().name(),
                recipients, names(mail.to()), mail.subject(), messageId, CaseTime.now(), mail.processInstanceId()));
        log.info("E-mail {} sent as {}", mail.identity(), messageId);
        return true;
    }

    private static jakarta.mail.internet.InternetAddress[] addresses(List<Recipient> recipients)
            throws java.io.UnsupportedEncodingException {
        List<jakarta.mail.internet.InternetAddress> addresses = new java.util.ArrayList<>();
        for (Recipient r : recipients) {
            addresses.add(new jakarta.mail.internet.InternetAddress(r.email(), r.name(), "UTF-8"));
        }
        return addresses.toArray(jakarta.mail.internet.InternetAddress[]::new);
    }

    private static String names(List<Recipient> recipients) {
        return String.join("、", recipients.stream().map(r -> r.name() == null ? r.email() : r.name()).toList());
    }

    /** The case number for an operator (the failure message); the case id when the case cannot be read. */
    private String caseNumber(long caseId) {
        try {
            return cases.findById(caseId).map(CaseFile::caseNumber).orElse("编号" + caseId);
        } catch (RuntimeException e) {
            return "编号" + caseId;
        }
    }

    /** Records the sent e-mail now, independent of the job's transaction (see the class comment). */
    private void record(OutgoingMail mail, String messageId) {
        MailIdentity identity = mail.identity();
        SentMailRepository.SentMail row = new SentMailRepository.SentMail(identity.caseId(), identity.eventId(),
                mail.kind().name(), mail.recipient().email(), mail.recipient().name(), mail.subject(), messageId,
                CaseTime.now(), mail.processInstanceId(), identity.situationReportId());
        recordOnce(identity.key(), () -> sent.insert(identity.key(), row));
    }

    /** Runs the insert of a sent e-mail's record in a transaction of its own, waiting for the database if needed. */
    private void recordOnce(String key, Runnable insert) {
        long deadline = System.nanoTime() + recordPatience.toNanos();
        while (true) {
            try {
                ownTransaction.executeWithoutResult(status -> insert.run());
                return;
            } catch (DuplicateKeyException e) {
                // another execution of the same e-mail sent it at the same time: one duplicate, same Message-ID
                log.warn("E-mail {} was sent concurrently by another job; recorded once", key);
                return;
            } catch (RuntimeException e) {
                // The e-mail is out: if the database is away, wait for it rather than let the retry send it again.
                if (!DatabaseFailures.isUnavailable(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                log.warn("E-mail {} sent but the database is unreachable; recording it as soon as it is back", key);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a sent e-mail", e);
        }
    }

    static String domain(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replace(">", "").trim();
        return domain.isEmpty() ? "mediation.local" : domain;
    }
}
