package app.steppe.shared.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as every module sees it: an id to reference, a name to show, and the role.
 * Controllers take it with {@code @AuthenticationPrincipal AuthenticatedUser user}.
 */
public final class AuthenticatedUser implements UserDetails, CredentialsContainer {

    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";

    private final long id;
    private final String username;
    private final String displayName;
    private final String role;
    private String passwordHash;

    public AuthenticatedUser(long id, String username, String displayName, String role, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String role() {
        return role;
    }

    public boolean isInstructor() {
        return INSTRUCTOR.equals(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** The hash is not needed once authenticated; it must not sit in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticatedUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AuthenticatedUser[" + username + "]";
    }
}
