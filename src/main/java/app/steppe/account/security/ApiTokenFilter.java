package app.steppe.account.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import app.steppe.account.domain.ApiTokens;

/**
 * Authenticates {@code Authorization: Bearer <token>} on /api/** as the token's user, for this request only (nothing
 * goes into the session). A bearer token that is unknown or revoked is answered 401 at once: it never falls back to
 * the session cookie. Without a bearer token the request goes on as usual (session login, CSRF and all).
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final Clock clock;
    private final ApiProblemResponses problems;

    ApiTokenFilter(ApiTokens tokens, Clock clock, ApiProblemResponses problems) {
        this.tokens = tokens;
        this.clock = clock;
        this.problems = problems;
    }

    /**
     * An API call that carries a bearer token. CSRF protection is skipped for these only: a browser never adds an
     * Authorization header to a cross-site request by itself, and a bad token is refused before the CSRF check.
     */
    static boolean isBearerApiCall(HttpServletRequest request) {
        return API.matches(request) && bearerToken(request) != null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isBearerApiCall(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = tokens.authenticate(bearerToken(request), clock.instant());
        if (user.isEmpty()) {
            problems.invalidToken(request, response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }
}
