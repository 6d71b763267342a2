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

/**
 * A person who logs in: a student or an instructor. The password is only ever held as a hash. A password an instructor
 * issued is temporary: until the person sets their own, they must change it before using anything else.
 */
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

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

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

    /** A student the instructor creates: they get a temporary password, to be changed at first login. */
    public static UserAccount studentWithTemporaryPassword(String username, String displayName, String email,
            String temporaryPasswordHash, Instant now) {
        var student = new UserAccount(username, displayName, email, temporaryPasswordHash, Role.STUDENT, now);
        student.passwordChangeRequired = true;
        return student;
    }

    /** Usernames compare case-insensitively: "Aigerim" and "aigerim" are one account. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Someone else (the instructor) chose this password, so the person must replace it before going on. */
    public void issueTemporaryPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.passwordChangeRequired = true;
    }

    /** The person chose this password themselves. */
    public void changeOwnPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    /** The same password, hashed more strongly (at login): whether it must still be changed stays as it was. */
    public void rehashPassword(String strongerHash) {
        this.passwordHash = strongerHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public AuthenticatedUser toPrincipal() {
        return new AuthenticatedUser(id, username, displayName, role.name(), passwordHash, passwordChangeRequired);
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
