package cn.jiyuan.mediation.platform.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the login throttle ({@code mediation.security.login.*}). The per-user limits (delay after a
 * failure, number of failures that lock an account) are the engine's own login-attempt settings; application.yaml
 * maps {@code mediation.security.login.account-max-failures} and {@code user-delay-*} onto them.
 *
 * @param addressMaxFailures failed logins from one client address within {@code addressWindow} after which that
 *                           address is refused for {@code addressBlock}
 * @param addressWindow      the window in which an address's failures are counted
 * @param addressBlock       how long an address is refused once it reached the limit
 * @param accountLock        how long an account stays locked after the engine locked it (too many failures);
 *                           zero keeps the engine's behaviour: locked until an administrator unlocks it in Admin
 */
@ConfigurationProperties(prefix = "mediation.security.login")
public record LoginSettings(
        @DefaultValue("10") int addressMaxFailures,
        @DefaultValue("10m") Duration addressWindow,
        @DefaultValue("15m") Duration addressBlock,
        @DefaultValue("30m") Duration accountLock) {

    public LoginSettings {
        if (addressMaxFailures < 1) {
            throw new IllegalArgumentException("mediation.security.login.address-max-failures must be at least 1");
        }
        if (addressWindow.isNegative() || addressWindow.isZero() || addressBlock.isNegative() || addressBlock.isZero()) {
            throw new IllegalArgumentException("mediation.security.login.address-window and address-block must be positive");
        }
        if (accountLock.isNegative()) {
            throw new IllegalArgumentException("mediation.security.login.account-lock must not be negative");
        }
    }
}
