package cn.jiyuan.mediation.platform.login;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's per-user login throttle, read before a password is checked so that a refused login gets a clear
 * answer. The engine counts failed logins per user (persisted with the user): after each failure it refuses that
 * user for a growing delay (loginDelayBase × loginDelayFactor^(n-1) seconds, at most loginDelayMaxTime), and after
 * loginMaxAttempts failures it locks the account until an administrator unlocks it. That permanent lock let anyone
 * who knows a login name lock its owner out for good; here a lock ends by itself {@code accountLock} after the
 * engine set it (the platform unlocks the user through the identity service at the next login attempt).
 *
 * <p>The engine exposes a user's failed-attempt count and lock time only on its entity class (UserEntity, the same
 * in Operaton under its own package), hence the one cast below.
 */
public class AccountLocks {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final Duration accountLock;

    public AccountLocks(ProcessEngine engine, Duration accountLock) {
        this.identity = engine.getIdentityService();
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.accountLock = accountLock;
    }

    /** The state of a user's login, unlocking an account whose lock has run out. */
    public State state(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (!(user instanceof UserEntity entity)) {
            return State.open(); // unknown users fail at the password check; the address throttle counts them
        }
        if (entity.getPassword() == null) {
            // imported from the registry, no password set yet in Admin: the engine's check would fail with an error
            return new State(Kind.NO_PASSWORD, null);
        }
        long now = ClockUtil.getCurrentTime().getTime();
        Date lockTime = entity.getLockExpirationTime();
        if (entity.getAttempts() >= engine.getLoginMaxAttempts()) {
            if (accountLock.isZero()) {
                return new State(Kind.LOCKED, null);
            }
            // the engine's last lock time is the end of the delay after the last counted failure
            long until = (lockTime == null ? now : lockTime.getTime()) + accountLock.toMillis();
            if (until > now) {
                return new State(Kind.LOCKED, Duration.ofMillis(until - now));
            }
            identity.unlockUser(userId);
            return State.open();
        }
        if (lockTime != null && lockTime.getTime() > now) {
            return new State(Kind.DELAYED, Duration.ofMillis(lockTime.getTime() - now));
        }
        return State.open();
    }

    /** Failed logins after which the engine locks an account. */
    public int maxFailures() {
        return engine.getLoginMaxAttempts();
    }

    public enum Kind {
        /** the password may be checked */
        OPEN,
        /** refused until the engine's delay after the last failure has passed */
        DELAYED,
        /** locked after too many failures */
        LOCKED,
        /** no password set yet: every login fails */
        NO_PASSWORD
    }

    /** @param remaining how long the refusal lasts; null for a lock only an administrator can lift */
    public record State(Kind kind, Duration remaining) {

        static State open() {
            return new State(Kind.OPEN, null);
        }
    }
}
