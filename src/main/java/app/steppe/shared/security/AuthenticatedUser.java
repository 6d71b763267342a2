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

    /**
     * The principal is serialized into the session table. Pinned to the value computed for the class before the
     * password-change flag was added, so sessions stored before an upgrade still load (the flag reads as false).
     */
    private static final long serialVersionUID = 8684109589086027620L;

    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";

    private final long id;
    private final String username;
    private final String displayName;
    private final String role;
    private String passwordHash;
    private final boolean passwordChangeRequired;

    public AuthenticatedUser(long id, String username, String displayName, String role, String passwordHash) {
        this(id, username, displayName, role, passwordHash, false);
    }

    public AuthenticatedUser(long id, String username, String displayName, String role, String passwordHash,
            boolean passwordChangeRequired) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = passwordChangeRequired;
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

    /** Logged in with a temporary password an instructor issued: only the profile page is open until it is changed. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
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
