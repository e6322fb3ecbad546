package cn.jiyuan.mediation.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;

/** The platform's logging configuration masks phone and ID numbers in messages and stack traces alike. */
@ExtendWith(OutputCaptureExtension.class)
class MaskedLogTest {

    @Test
    void noLogLineCarriesAPhoneOrIdNumber(CapturedOutput output) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        Logger log = LoggerFactory.getLogger("engine-like");
        log.warn("execution 13812345678 doesn't exist; party 410881198003151234");
        log.error("failed", new IllegalStateException("no case for phone 139 1234 5678"));
        assertThat(output.getOut()).contains("138****5678", "410881********1234", "139****5678")
                .doesNotContain("13812345678", "410881198003151234", "139 1234 5678");
        // the configuration stays in place for whatever logs next in this JVM

    }
}
