package cn.jiyuan.mediation.earlywarning;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;

import jakarta.mail.SendFailedException;

/**
 * An e-mail the SMTP server did not take. Its message is what Cockpit shows as the mail job's incident, so it is
 * a Chinese sentence an operator acts on: which e-mail, which case, which recipient (an organization's mailbox,
 * never a party's phone or ID number) and why, e.g. "预警邮件发送失败（案号 济克调字〔2026〕第1号，收件人 克井镇司法所
 * &lt;kejing@jiyuan.example&gt;）：邮件服务器无法连接". The SMTP client's own exception stays the cause (stack trace).
 */
public class MailNotSentException extends RuntimeException {

    MailNotSentException(MailKind kind, String caseNumber, Recipient to, MailException cause) {
        this(kind, cause, "案号 " + caseNumber, to);
    }

    /** @param about what the e-mail is about, e.g. "案号 …" or "重要情况报告第3号" */
    private MailNotSentException(MailKind kind, MailException cause, String about, Recipient to) {
        super(kind.label() + "邮件发送失败（" + about + "，收件人 " + recipient(to) + "）：" + reason(cause), cause);
    }

    /** An e-mail about a situation report (no case number): named by the report's number. */
    static MailNotSentException ofSituationReport(MailKind kind, long reportId, Recipient to, MailException cause) {
        return new MailNotSentException(kind, cause, "重要情况报告第" + reportId + "号", to);
    }

    /**
     * An e-mail about no case (a monthly report): {@code about} says which, e.g. "克井镇 2026年5月",
     * {@code to} names its addressees.
     */
    MailNotSentException(MailKind kind, String about, String to, MailException cause) {
        super(kind.label() + "邮件发送失败（" + about + "，收件人 " + to + "）：" + reason(cause), cause);
    }

    private static String recipient(Recipient to) {
        return to.name() == null ? to.email() : to.name() + " <" + to.email() + ">";
    }

    /** Why the server did not take the e-mail, from the SMTP client's exception chain. */
    static String reason(MailException e) {
        if (e instanceof MailAuthenticationException) {
            return "邮件服务器拒绝登录，请检查邮件账号和密码（MAIL_USERNAME、MAIL_PASSWORD）";
        }
        for (Throwable t = e; t != null; t = nextOf(t)) {
            if (t instanceof UnknownHostException) {
                return "找不到邮件服务器，请检查邮件服务器地址（MAIL_HOST）";
            }
            if (t instanceof ConnectException || t.getClass().getSimpleName().equals("MailConnectException")) {
                return "邮件服务器无法连接，请检查邮件服务器是否运行及其地址和端口（MAIL_HOST、MAIL_PORT）";
            }
            if (t instanceof SocketTimeoutException) {
                return "邮件服务器长时间无应答（超时）";
            }
            if (t instanceof SendFailedException) {
                return "邮件服务器拒收，请检查收件地址";
            }
        }
        return "邮件服务器拒收或出错，详见错误详情";
    }

    /** Jakarta Mail chains its exceptions through getNextException as well as getCause. */
    private static Throwable nextOf(Throwable t) {
        if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null
                && m.getNextException() != t) {
            return m.getNextException();
        }
        if (t instanceof org.springframework.mail.MailSendException s && !s.getFailedMessages().isEmpty()) {
            Exception first = s.getFailedMessages().values().iterator().next();
            if (first != t) {
                return first;
            }
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
