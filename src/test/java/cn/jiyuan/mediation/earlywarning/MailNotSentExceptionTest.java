package cn.jiyuan.mediation.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import jakarta.mail.MessagingException;

/** What Cockpit shows when a mail job fails: the case, the recipient and the reason, in Chinese. */
class MailNotSentExceptionTest {

    private static final Recipient OFFICE = new Recipient("kejing-sfs@jiyuan.example", "克井镇司法所");

    @Test
    void anUnreachableServerIsNamedWithTheCaseAndTheRecipient() {
        MailSendException refused = new MailSendException("Mail server connection failed", new MailConnectException(
                new SocketConnectException("Connection refused", new ConnectException("Connection refused"),
                        "localhost", 1025, 5000)));
        MailNotSentException e = new MailNotSentException(MailKind.WARNING, "济克调字〔2026〕第7号", OFFICE, refused);
        assertThat(e.getMessage()).isEqualTo("预警邮件发送失败（案号 济克调字〔2026〕第7号，收件人 克井镇司法所 "
                + "<kejing-sfs@jiyuan.example>）：邮件服务器无法连接，请检查邮件服务器是否运行及其地址和端口（MAIL_HOST、MAIL_PORT）");
        assertThat(e.getCause()).isSameAs(refused);
    }

    @Test
    void otherFailuresSayWhatToCheck() {
        assertThat(new MailNotSentException(MailKind.OUTCOME, "X1", new Recipient("a@b.example", null),
                new MailAuthenticationException("535 auth failed")).getMessage())
                .isEqualTo("处置结果报告邮件发送失败（案号 X1，收件人 a@b.example）：邮件服务器拒绝登录，请检查邮件账号和密码"
                        + "（MAIL_USERNAME、MAIL_PASSWORD）");
        assertThat(MailNotSentException.reason(new MailSendException("timeout",
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out")))))
                .isEqualTo("邮件服务器长时间无应答（超时）");
        assertThat(MailNotSentException.reason(new MailSendException("550 mailbox unavailable")))
                .isEqualTo("邮件服务器拒收或出错，详见错误详情");
    }
}
