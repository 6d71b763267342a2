package app.steppe.account.security;

import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.domain.LoginThrottle;

/**
 * Refuses a login before its password is checked when the account is locked for the client's address, or the address
 * is locked. Otherwise the password check is the wrapped provider's.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    /** Compared against when refusing, so a refusal costs what a password check costs. */
    private final String decoyHash;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, PasswordEncoder encoder) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.encoder = encoder;
        this.decoyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (throttle.isLocked(authentication.getName(), ClientAddress.of(authentication))) {
            // Locks apply to unknown usernames too, and take as long: a refusal tells nothing about who exists.
            Object presented = authentication.getCredentials();
            encoder.matches(presented == null ? "" : presented.toString(), decoyHash);
            throw new LockedException("login paused for this account and address");
        }
        return passwordCheck.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
