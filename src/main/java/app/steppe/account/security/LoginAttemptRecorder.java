package app.steppe.account.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import app.steppe.account.domain.LoginThrottle;

/**
 * Feeds Spring Security's authentication events into the throttle. Only wrong passwords (and unknown usernames, which
 * look the same) count; a refusal because of a lock does not, so a lock does not extend itself.
 */
@Component
class LoginAttemptRecorder {

    private final LoginThrottle throttle;

    LoginAttemptRecorder(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        throttle.recordFailure(event.getAuthentication().getName(), ClientAddress.of(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(event.getAuthentication().getName(), ClientAddress.of(event.getAuthentication()));
    }
}
