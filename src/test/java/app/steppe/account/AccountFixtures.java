package app.steppe.account;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.domain.Role;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.shared.security.AuthenticatedUser;

/**
 * Accounts for web tests. The test context (and its database) is shared by all test classes, so every account gets a
 * name no other test uses, and every failed login comes from an address of its own.
 */
public final class AccountFixtures {

    public static final String PASSWORD = "Fixture-Passphrase-Orbit-42";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public AccountFixtures(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A username no other test uses, e.g. "aigerim-17-4821". */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    /** An address no other test fails logins from, in the documentation range 198.18.0.0/15. */
    public static String uniqueAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    public UserAccount aStudent(String prefix, String displayName) {
        return save(prefix, displayName, Role.STUDENT);
    }

    public UserAccount anInstructor(String prefix) {
        return save(prefix, "Instructor " + prefix, Role.INSTRUCTOR);
    }

    public static AuthenticatedUser principal(UserAccount account) {
        return account.toPrincipal();
    }

    private UserAccount save(String prefix, String displayName, Role role) {
        return users.save(new UserAccount(uniqueUsername(prefix), displayName, null, encoder.encode(PASSWORD), role, clock.instant()));
    }
}
