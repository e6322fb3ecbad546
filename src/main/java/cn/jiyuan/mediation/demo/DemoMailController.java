package cn.jiyuan.mediation.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.icegreen.greenmail.util.GreenMail;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.NotFoundException;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Demo profile only: the e-mails the demo's own SMTP server ({@link DemoMailCatcher}) received, newest first, for
 * administrators ({@code GET /api/demo/mails}: JSON, or a Chinese page when a browser asks for HTML). E-mails
 * hold case details, so nobody else may read them.
 */
@RestController
@Profile("demo")
public class DemoMailController {

    /** One received e-mail as answered (one per recipient, as the SMTP server received it). */
    public record ReceivedMail(String receivedAt, String from, List<String> to, String subject, String messageId,
                               String body) {
    }

    private final ObjectProvider<GreenMail> server;

    /** The catcher is absent when the demo uses a mail server of its own (MAIL_HOST). */
    public DemoMailController(ObjectProvider<GreenMail> demoMailServer) {
        this.server = demoMailServer;
    }

    @GetMapping(path = "/api/demo/mails", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ReceivedMail> mails(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("演示邮箱中的邮件仅供系统管理员查看");
        }
        GreenMail catcher = server.getIfAvailable();
        if (catcher == null) {
            throw new NotFoundException("演示邮箱未启用：平台已配置邮件服务器（MAIL_HOST），邮件请到该邮件服务器查看");
        }
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : catcher.getReceivedMessages()) {
            mails.add(read(message));
        }
        java.util.Collections.reverse(mails);
        return mails;
    }

    @GetMapping(path = "/api/demo/mails", produces = MediaType.TEXT_HTML_VALUE)
    public String page(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        List<ReceivedMail> mails = mails(user);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<title>演示邮箱</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}"
                + "article{border:1px solid #ccc;border-radius:4px;padding:1em;margin:1em 0}"
                + "dl{display:grid;grid-template-columns:6em 1fr;margin:0}dt{color:#666}"
                + "pre{white-space:pre-wrap;background:#f7f7f7;padding:.8em}</style></head><body>"
                + "<h1>演示邮箱</h1><p>演示环境自带的邮件服务器收到的邮件（最新的在前），共 ")
                .append(mails.size()).append(" 封。平台重启后清空。</p>");
        if (mails.isEmpty()) {
            html.append("<p>尚未收到邮件。登记一件高风险或重大风险的纠纷后，预警邮件会出现在这里。</p>");
        }
        for (ReceivedMail mail : mails) {
            html.append("<article><h2>").append(escape(mail.subject())).append("</h2><dl>")
                    .append("<dt>收到时间</dt><dd>").append(escape(mail.receivedAt())).append("</dd>")
                    .append("<dt>发件人</dt><dd>").append(escape(mail.from())).append("</dd>")
                    .append("<dt>收件人</dt><dd>").append(escape(String.join("，", mail.to()))).append("</dd>")
                    .append("</dl><pre>").append(escape(mail.body())).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            return new ReceivedMail(CaseTime.shown(message.getSentDate()), addresses(message.getFrom()),
                    Arrays.stream(message.getRecipients(Message.RecipientType.TO) == null ? new Address[0]
                            : message.getRecipients(Message.RecipientType.TO)).map(DemoMailController::address)
                            .toList(),
                    message.getSubject(), message.getMessageID(), text(message));
        } catch (MessagingException | IOException e) {
            // one unreadable e-mail must not hide the others
            return new ReceivedMail(null, null, List.of(), "（无法读取的邮件）", null, e.getMessage());
        }
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        return content instanceof String s ? s : "（非纯文本邮件，类型 " + message.getContentType() + "）";
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? null
                : Arrays.stream(addresses).map(DemoMailController::address).collect(Collectors.joining("，"));
    }

    private static String address(Address address) {
        if (address instanceof InternetAddress internet && internet.getPersonal() != null) {
            // the name decoded (克井镇司法所), not its MIME encoding
            return internet.getPersonal() + " <" + internet.getAddress() + ">";
        }
        return address.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
