package cn.jiyuan.mediation.online;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * At most {@code max} requests per key (a client address, a phone number, a case number) within a sliding window.
 * Kept in memory like the login throttle (platform/login/AddressThrottle), for the same reasons: the counts live
 * minutes to a day, a restart only forgets them, and counting in a table would let the public load the database.
 * Bounded: the least recently used keys are forgotten first, so that many keys cannot exhaust memory. Each node of a
 * cluster counts its own requests (README "掌上调解").
 */
final class RequestWindow {

    private static final long MAX_KEYS = 100_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> requests;

    RequestWindow(PublicSettings.Limit limit, Clock clock) {
        this.max = limit.getMax();
        this.window = limit.getWindow();
        this.clock = clock;
        this.requests = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
    }

    /** Counts a request of the key. @return how long the key must wait when it is over the limit (not counted then) */
    Optional<Duration> take(String key) {
        Deque<Instant> times = requests.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            Optional<Duration> wait = wait(times, now);
            if (wait.isEmpty()) {
                times.addLast(now);
            }
            return wait;
        }
    }

    /** Whether the key is over the limit, without counting. */
    Optional<Duration> check(String key) {
        Deque<Instant> times = requests.getIfPresent(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            return wait(times, clock.instant());
        }
    }

    /** Counts an event of the key (a failed lookup) whatever the count. */
    void record(String key) {
        Deque<Instant> times = requests.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > max) {
                times.removeFirst();
            }
        }
    }

    void clear() {
        requests.invalidateAll();
    }

    private Optional<Duration> wait(Deque<Instant> times, Instant now) {
        Instant since = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        if (times.size() < max) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
