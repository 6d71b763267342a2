package app.steppe.account.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import app.steppe.shared.security.AuthenticatedUser;

/**
 * Someone logged in with a temporary password an instructor issued may only change it: the profile page and its
 * password form, logging out, static files and error pages. Any other page redirects to the profile page (which says
 * why); any other request that could change data is refused with 403.
 * <p>
 * Bearer-token API calls are not this filter's business: a token can only be made on the profile page by someone
 * logged in whose password is already their own (this filter refuses the form before that), so a token's user chose
 * their password; and a token call carries no session to send to the profile page.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher STILL_OPEN = new OrRequestMatcher(List.of(
            PATHS.matcher(HttpMethod.GET, "/profile"), PATHS.matcher(HttpMethod.POST, "/profile/password"),
            PATHS.matcher("/logout"), PATHS.matcher("/error"), PATHS.matcher("/error/**"),
            // the static files SecurityConfig lets everyone have
            PATHS.matcher("/css/**"), PATHS.matcher("/js/**"), PATHS.matcher("/img/**"), PATHS.matcher("/webjars/**"),
            PATHS.matcher("/favicon.ico")));

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiTokenFilter.isBearerApiCall(request) || STILL_OPEN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!mustChangePassword(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
        } else if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/profile");
        } else {
            // answered by the chain's access-denied handlers: the 403 page, or a problem document under /api
            throw new AccessDeniedException("password change required");
        }
    }

    private static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                && user.passwordChangeRequired();
    }
}
