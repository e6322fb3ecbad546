package cn.jiyuan.mediation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) per test JVM, on a free port chosen once, so that concurrent builds do not
 * clash. Tests point their context at it with {@code spring.mail.host=127.0.0.1} and
 * {@code spring.mail.port=}{@link #port()} (a DynamicPropertySource, which gives them a context of their own:
 * the shared {@link DemoPlatformTest} contexts keep the default port). It can be stopped and started again on
 * the same port to play an unreachable mail server.
 */
public final class SmtpServer {

    private static final int PORT = freePort();
    private static GreenMail server;

    private SmtpServer() {
    }

    public static int port() {
        start();
        return PORT;
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: connections are refused until {@link #start()}. Received e-mails are forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized boolean isRunning() {
        return server != null;
    }

    /** Every e-mail received since the server (re)started, one per recipient. */
    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /**
     * The e-mails delivered to one mailbox since the server (re)started, whether it was addressed as To or Cc: one
     * e-mail to three addresses is one e-mail in each of the three inboxes ({@link #received()} lists it three times).
     */
    public static synchronized List<MimeMessage> inbox(String address) {
        if (server == null) {
            return List.of();
        }
        com.icegreen.greenmail.user.GreenMailUser user = server.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage).toList();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("cannot read the inbox of " + address, e);
        }
    }

    /** Forgets every e-mail received so far (a test that counts e-mails of the same subjects as a test before it). */
    public static synchronized void purge() {
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (com.icegreen.greenmail.store.FolderException e) {
                throw new IllegalStateException("cannot purge the mailboxes", e);
            }
        }
    }

    /** Points the platform's mail sender at this server (call from a test's {@code @DynamicPropertySource}). */
    public static void pointMailAt(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SmtpServer::port);
    }

    public static String messageId(MimeMessage m) {
        return read(m::getMessageID);
    }

    public static String subject(MimeMessage m) {
        return read(m::getSubject);
    }

    /** The text body (the platform sends plain text). */
    public static String body(MimeMessage m) {
        return read(() -> m.getContent().toString());
    }

    /** The first To address. */
    public static InternetAddress address(MimeMessage m) {
        return read(() -> (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]);
    }

    /** The first To address's e-mail address. */
    public static String recipient(MimeMessage m) {
        return address(m).getAddress();
    }

    private interface MailPart<T> {
        T get() throws MessagingException, IOException;
    }

    private static <T> T read(MailPart<T> part) {
        try {
            return part.get();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the received e-mail", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
