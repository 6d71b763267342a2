package app.steppe.account.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One failed login: the username tried (which may not exist) and the address it came from. Kept in the database so
 * that every node sees the same count.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    public static final int MAX_ADDRESS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = UserAccount.MAX_USERNAME)
    private String username;

    @Column(nullable = false, length = MAX_ADDRESS)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String username, String address, Instant failedAt) {
        this.username = username;
        this.address = address;
        this.failedAt = failedAt;
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public Instant failedAt() {
        return failedAt;
    }
}
