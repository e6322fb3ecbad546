package cn.jiyuan.mediation.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the end-to-end tests that read e-mails from the real SMTP server ({@link SmtpServer}): one
 * {@code @DynamicPropertySource} method for all of them, so that Spring's context cache sees the same customizer and
 * test classes of the same database ({@link OnH2}, {@link OnPostgres}) with {@link DemoPlatformTest} share one
 * context instead of starting one each.
 */
public abstract class SmtpPlatformTest {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SmtpServer.pointMailAt(registry);
    }
}
