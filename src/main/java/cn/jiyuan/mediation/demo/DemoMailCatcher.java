package cn.jiyuan.mediation.demo;

import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Demo profile only: the platform brings its own SMTP server (GreenMail, on the loopback interface, on a free port
 * unless mediation.demo.mail-catcher.port says otherwise) and sends every e-mail there, so that a demo without a
 * mail server sends its early warnings instead of piling up failed mail jobs and incidents. Administrators read
 * what arrived at {@code /api/demo/mails} ({@link DemoMailController}). The e-mails stay in memory until the
 * platform stops. A mail server given with MAIL_HOST (spring.mail.host), such as the Docker setup's Mailpit, is used
 * instead, and mediation.demo.mail-catcher.enabled=false switches the catcher off.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
// only when no mail server is given: MAIL_HOST (or spring.mail.host) set, e.g. Docker's Mailpit, is used as is
@ConditionalOnExpression("${mediation.demo.mail-catcher.enabled:true} and '${MAIL_HOST:}' == ''"
        + " and '${spring.mail.host:localhost}' == 'localhost'")
@EnableConfigurationProperties(MailProperties.class)
public class DemoMailCatcher {

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);
    static final String HOST = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    GreenMail demoMailServer(@org.springframework.beans.factory.annotation.Value(
            "${mediation.demo.mail-catcher.port:0}") int port) {
        ServerSetup smtp = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
        server.start();
        log.info("Demo mail catcher: every e-mail goes to the demo's own SMTP server on {}:{}; administrators read "
                + "them at /api/demo/mails", HOST, server.getSmtp().getPort());
        return server;
    }

    /**
     * The platform's mail sender, pointed at the catcher (Spring Boot's own sender then stays away); spring.mail's
     * client properties (timeouts) still apply.
     */
    @Bean
    JavaMailSenderImpl mailSender(GreenMail demoMailServer, MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(HOST);
        sender.setPort(demoMailServer.getSmtp().getPort());
        sender.setProtocol("smtp");
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        for (Map.Entry<String, String> p : mail.getProperties().entrySet()) {
            properties.setProperty(p.getKey(), p.getValue());
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
