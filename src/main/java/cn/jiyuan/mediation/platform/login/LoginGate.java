package cn.jiyuan.mediation.platform.login;

import java.time.Duration;
import java.util.Optional;

/**
 * One decision for every way a user logs in (the webapps' login form and HTTP Basic on /engine-rest and /api):
 * first the client address (refused without a password check when it failed too often), then the account (the
 * engine's delay after a failure, or its lock after too many), and afterwards the outcome is recorded.
 */
public class LoginGate {

    private final AddressThrottle addresses;
    private final AccountLocks accounts;

    public LoginGate(AddressThrottle addresses, AccountLocks accounts) {
        this.addresses = addresses;
        this.accounts = accounts;
    }

    /** @return why the attempt is refused before its password is checked, empty when it may proceed */
    public Optional<LoginRefusal> check(String address, String userId) {
        Optional<Duration> addressRefused = addresses.refusedFor(address);
        if (addressRefused.isPresent()) {
            return Optional.of(LoginRefusal.addressThrottled(addressRefused.get()));
        }
        if (userId == null || userId.isEmpty()) {
            return Optional.empty();
        }
        AccountLocks.State state = accounts.state(userId);
        return switch (state.kind()) {
            case OPEN -> Optional.empty();
            case DELAYED -> Optional.of(LoginRefusal.userDelayed(state.remaining()));
            case LOCKED -> Optional.of(LoginRefusal.accountLocked(accounts.maxFailures(), state.remaining()));
            case NO_PASSWORD -> {
                failed(address);
                yield Optional.of(LoginRefusal.wrongCredentials());
            }
        };
    }

    /** Records a wrong password (or an unknown user) from the address; the engine counts it for the user. */
    public void failed(String address) {
        addresses.failed(address);
    }
}
