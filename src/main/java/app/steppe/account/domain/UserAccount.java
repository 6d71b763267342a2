package app.steppe.account.domain;

import java.time.Instant;
import java.util.Locale;

import app.steppe.shared.security.AuthenticatedUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who logs in: a student or an instructor. The password is only ever held as a hash. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_DISPLAY_NAME = 200;
    public static final int MAX_EMAIL = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(length = MAX_EMAIL)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Role role, Instant now) {
        this.username = normaliseUsername(username);
        this.displayName = AccountFields.normaliseDisplayName(displayName);
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = now;
    }

    /** Usernames compare case-insensitively: "Aigerim" and "aigerim" are one account. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public AuthenticatedUser toPrincipal() {
        return new AuthenticatedUser(id, username, displayName, role.name(), passwordHash);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
