package app.steppe.account.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The address a login came from: the request's remote address (the proxy's X-Forwarded-For when trusted). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
