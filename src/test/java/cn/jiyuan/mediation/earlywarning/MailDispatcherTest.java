package cn.jiyuan.mediation.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The wait to record a sent e-mail never outlasts the mail job's lock (else a second execution sends it again). */
class MailDispatcherTest {

    @Test
    void theRecordWaitsAtMostTheJobLockLessTheSendingBudget() {
        // production: a five-minute lock leaves room for the configured two minutes
        assertThat(MailDispatcher.patience(Duration.ofMinutes(2), Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(2));
        // a two-minute lock: 120 s less the 45 s the sending may take
        assertThat(MailDispatcher.patience(Duration.ofMinutes(2), Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(75));
        // a lock shorter than the sending itself: no waiting at all
        assertThat(MailDispatcher.patience(Duration.ofMinutes(2), Duration.ofSeconds(20))).isEqualTo(Duration.ZERO);
    }
}
