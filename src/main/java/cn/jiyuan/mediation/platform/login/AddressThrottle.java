package cn.jiyuan.mediation.platform.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed logins per client address and refuses an address that failed too often, before any password is
 * checked: an attacker's guesses from one address stop reaching the accounts (and stop counting towards their
 * lock). Only failures count, so one office behind a single address can log in as often as it likes.
 *
 * <p>Kept in memory, not in a table: the counts are short-lived (minutes), a restart that forgets them only
 * gives an attacker one more window, and a write per failed login would let an attacker load the database. The
 * map is bounded (least recently used addresses are forgotten first) so that many addresses cannot exhaust
 * memory.
 */
public class AddressThrottle {

    private static final long MAX_ADDRESSES = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    public AddressThrottle(int maxFailures, Duration window, Duration block, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(window.compareTo(block) > 0 ? window : block).build();
    }

    /** @return how much longer the address is refused, empty when it may try to log in */
    public Optional<Duration> refusedFor(String address) {
        Failures f = failures.getIfPresent(address);
        return f == null ? Optional.empty() : f.refusedFor(clock.instant());
    }

    /** Records a failed login from the address; the failure that reaches the limit starts the block. */
    public void failed(String address) {
        failures.get(address, a -> new Failures()).add(clock.instant());
    }

    private final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant refusedUntil = Instant.MIN;

        synchronized Optional<Duration> refusedFor(Instant now) {
            return now.isBefore(refusedUntil) ? Optional.of(Duration.between(now, refusedUntil)) : Optional.empty();
        }

        synchronized void add(Instant now) {
            Instant since = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            times.addLast(now);
            if (times.size() >= maxFailures) {
                refusedUntil = now.plus(block);
                times.clear(); // after the block the address starts afresh
            }
        }
    }
}
