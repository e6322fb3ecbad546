package cn.jiyuan.mediation.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The per-address count on its own, with a clock the test moves. */
class AddressThrottleTest {

    private Instant now = Instant.parse("2026-03-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(10), Duration.ofMinutes(15), clock);

    @Test
    void theFailureThatReachesTheLimitStartsTheBlock() {
        throttle.failed("198.51.100.1");
        throttle.failed("198.51.100.1");
        assertThat(throttle.refusedFor("198.51.100.1")).isEmpty();
        throttle.failed("198.51.100.1");
        assertThat(throttle.refusedFor("198.51.100.1")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor("198.51.100.2")).isEmpty();

        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.refusedFor("198.51.100.1")).hasValue(Duration.ofMinutes(1));
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("198.51.100.1")).isEmpty();
        // after the block the address starts afresh
        throttle.failed("198.51.100.1");
        assertThat(throttle.refusedFor("198.51.100.1")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        throttle.failed("198.51.100.3");
        throttle.failed("198.51.100.3");
        now = now.plus(Duration.ofMinutes(10));
        throttle.failed("198.51.100.3"); // the two of ten minutes ago no longer count
        assertThat(throttle.refusedFor("198.51.100.3")).isEmpty();
        now = now.plus(Duration.ofMinutes(1));
        throttle.failed("198.51.100.3");
        assertThat(throttle.refusedFor("198.51.100.3")).isEmpty();
        throttle.failed("198.51.100.3"); // three within ten minutes
        assertThat(throttle.refusedFor("198.51.100.3")).isPresent();
    }
}
