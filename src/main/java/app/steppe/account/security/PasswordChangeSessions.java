package app.steppe.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import app.steppe.shared.security.AuthenticatedUser;

/**
 * What a password change does to sessions: whoever knew the old password (or the stolen cookie of a session opened
 * with it) is logged out. Sessions live in the session table, indexed by principal name, so every session of one
 * person can be found and deleted.
 */
@Component
public class PasswordChangeSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SecurityContextRepository contexts;
    private final AccountUserDetailsService accounts;

    PasswordChangeSessions(FindByIndexNameSessionRepository<? extends Session> sessions,
            SecurityContextRepository contexts, AccountUserDetailsService accounts) {
        this.sessions = sessions;
        this.contexts = contexts;
        this.accounts = accounts;
    }

    /**
     * The logged-in person changed their own password: this session goes on with a principal read again (so it no
     * longer has to change it), and their other sessions end.
     */
    public void ownPasswordChanged(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        var fresh = (AuthenticatedUser) accounts.loadUserByUsername(current.getName());
        fresh.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        authentication.setDetails(current.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        // Spring Security no longer saves a changed context by itself; without this the session keeps the old principal.
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession(false);
        endSessionsOf(current.getName(), session == null ? null : session.getId());
    }

    /** An instructor reset this person's password: every session of theirs ends. */
    public void passwordReset(String username) {
        endSessionsOf(username, null);
    }

    private void endSessionsOf(String username, String keptSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }
}
