package cn.jiyuan.mediation.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the end-to-end tests that read what the platform e-mails from the real SMTP server ({@link SmtpServer}):
 * one {@code @DynamicPropertySource} for all of them, so that those of the same database ({@link DemoPlatformTest}
 * with {@link OnH2} or {@link OnPostgres}) share one Spring context (a source method of each class's own would make a
 * context per class).
 */
public abstract class SmtpPlatformTest {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SmtpServer.pointMailAt(registry);
    }
}
