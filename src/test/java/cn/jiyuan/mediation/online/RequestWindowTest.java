package cn.jiyuan.mediation.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The sliding windows of the public limits, on a clock the test moves. */
class RequestWindowTest {

    private Instant now = Instant.parse("2026-12-04T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aKeyGetsMaxRequestsPerWindowAndTheOldestFreesTheNext() {
        RequestWindow window = new RequestWindow(new PublicSettings.Limit(3, Duration.ofMinutes(10)), clock);
        assertThat(window.take("a")).isEmpty();
        now = now.plusSeconds(60);
        assertThat(window.take("a")).isEmpty();
        assertThat(window.take("a")).isEmpty();
        Optional<Duration> refused = window.take("a");
        assertThat(refused).contains(Duration.ofMinutes(9));
        assertThat(window.take("b")).as("another key counts apart").isEmpty();

        now = now.plusSeconds(9 * 60);
        assertThat(window.take("a")).as("the first request left the window").isEmpty();
        assertThat(window.take("a")).isPresent();
    }

    @Test
    void recordedFailuresAreCheckedWithoutCountingTheCheck() {
        RequestWindow failures = new RequestWindow(new PublicSettings.Limit(2, Duration.ofHours(1)), clock);
        assertThat(failures.check("n")).isEmpty();
        failures.record("n");
        assertThat(failures.check("n")).isEmpty();
        failures.record("n");
        failures.record("n");
        assertThat(failures.check("n")).isPresent();
        now = now.plus(Duration.ofHours(1));
        assertThat(failures.check("n")).isEmpty();
    }

    @Test
    void theWaitIsToldInMinutesOrHours() {
        assertThat(TooManyRequestsException.inWords(Duration.ofSeconds(5))).isEqualTo("1分钟");
        assertThat(TooManyRequestsException.inWords(Duration.ofSeconds(61))).isEqualTo("2分钟");
        assertThat(TooManyRequestsException.inWords(Duration.ofHours(23))).isEqualTo("23小时");
    }
}
