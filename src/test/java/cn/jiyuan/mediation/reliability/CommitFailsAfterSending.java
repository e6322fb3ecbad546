package cn.jiyuan.mediation.reliability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Test only: once armed for an address, the next e-mail to it is really handed to the SMTP server and then the
 * transaction it was sent in fails to commit (a before-commit callback throws), as a commit fails when the
 * database goes away or a conflict is found at the end. Disarms itself after that one failure.
 */
@TestConfiguration(proxyBeanMethods = false)
class CommitFailsAfterSending implements BeanPostProcessor {

    private static volatile String armedFor;
    static final AtomicInteger FAILED_COMMITS = new AtomicInteger();

    static void arm(String address) {
        armedFor = address;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JavaMailSender sender)) {
            return bean;
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JavaMailSender.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(sender, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("send") && args != null && args.length == 1
                            && args[0] instanceof MimeMessage message && isArmedFor(message)) {
                        armedFor = null;
                        FAILED_COMMITS.incrementAndGet();
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                                throw new IllegalStateException("test: the commit fails after the e-mail was sent");
                            }
                        });
                    }
                    return result;
                });
    }

    private static boolean isArmedFor(MimeMessage message) throws jakarta.mail.MessagingException {
        String armed = armedFor;
        return armed != null && armed.equalsIgnoreCase(
                ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    }
}
