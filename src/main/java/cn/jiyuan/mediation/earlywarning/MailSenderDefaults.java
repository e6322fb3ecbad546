package cn.jiyuan.mediation.earlywarning;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Defaults for the SMTP client that Spring Boot's properties leave open: UTF-8, and timeouts, so that an
 * unresponsive mail server makes a mail job fail (and be retried) instead of blocking a job executor thread.
 * Set {@code spring.mail.properties.mail.smtp.*timeout} to override them.
 */
@Component
public class MailSenderDefaults implements BeanPostProcessor {

    static final String TIMEOUT_MILLIS = "30000";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            if (sender.getDefaultEncoding() == null) {
                sender.setDefaultEncoding("UTF-8");
            }
            for (String key : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout",
                    "mail.smtp.writetimeout"}) {
                sender.getJavaMailProperties().putIfAbsent(key, TIMEOUT_MILLIS);
            }
        }
        return bean;
    }
}
