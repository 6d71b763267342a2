package app.steppe.account.domain;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * steppe.login.*: how many failed logins lock one account from one address, and one address altogether, within
 * which window, and for how long.
 */
@ConfigurationProperties("steppe.login")
public record LoginThrottleSettings(int maxFailuresPerAccountAndAddress, int maxFailuresPerAddress,
        Duration failureWindow, Duration lockDuration) {

    public LoginThrottleSettings {
        Objects.requireNonNull(failureWindow, "steppe.login.failure-window");
        Objects.requireNonNull(lockDuration, "steppe.login.lock-duration");
        // Building the rules checks the values: a bad setting stops start-up instead of silently not throttling.
        new LoginLockRule(maxFailuresPerAccountAndAddress, failureWindow, lockDuration);
        new LoginLockRule(maxFailuresPerAddress, failureWindow, lockDuration);
    }

    public LoginLockRule accountAndAddressRule() {
        return new LoginLockRule(maxFailuresPerAccountAndAddress, failureWindow, lockDuration);
    }

    public LoginLockRule addressRule() {
        return new LoginLockRule(maxFailuresPerAddress, failureWindow, lockDuration);
    }
}
