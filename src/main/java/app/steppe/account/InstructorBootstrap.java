package app.steppe.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.account.domain.Role;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;

/**
 * In production (no demo data) the first instructor comes from configuration
 * (steppe.bootstrap.instructor.*). Runs only when a username is configured and that account does not exist.
 */
@Component
@Order(11)
class InstructorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InstructorBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String displayName;

    InstructorBootstrap(UserAccountRepository users, PasswordEncoder encoder, Clock clock,
            @Value("${steppe.bootstrap.instructor.username:}") String username,
            @Value("${steppe.bootstrap.instructor.password:}") String password,
            @Value("${steppe.bootstrap.instructor.display-name:Instructor}") String displayName) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || users.existsByUsername(UserAccount.normaliseUsername(username))) {
            return;
        }
        if (password.length() < 10) {
            throw new IllegalStateException("steppe.bootstrap.instructor.password must have at least 10 characters");
        }
        var instructor = new UserAccount(username, displayName, null, "", Role.INSTRUCTOR, clock.instant());
        // the password sits in the deployment's configuration: the instructor replaces it at first login
        instructor.issueTemporaryPassword(encoder.encode(password));
        users.save(instructor);
        log.info("Bootstrap instructor '{}' created from configuration.", UserAccount.normaliseUsername(username));
    }
}
