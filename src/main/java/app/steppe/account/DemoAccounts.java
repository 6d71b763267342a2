package app.steppe.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.account.domain.Role;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;

/**
 * Creates the demo accounts (instructor, student, student2) on first start, outside the prod profile.
 * Without a configured password a random one is generated and logged once: the accounts then exist
 * and nothing is printed again.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "steppe.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String configuredPassword;

    DemoAccounts(UserAccountRepository users, PasswordEncoder encoder, Clock clock,
            @Value("${steppe.demo.password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByUsername("instructor")) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        String hash = encoder.encode(password);
        var now = clock.instant();
        users.save(new UserAccount("instructor", "Marat Akhmetov", "instructor@steppe.example", hash, Role.INSTRUCTOR, now));
        users.save(new UserAccount("student", "Айгерім Нұрланқызы", "student@steppe.example", hash, Role.STUDENT, now));
        users.save(new UserAccount("student2", "Дмитрий Иванов", "student2@steppe.example", hash, Role.STUDENT, now));
        if (generated) {
            log.warn("Demo accounts created: instructor, student, student2 with the password {} "
                    + "(set steppe.demo.password / STEPPE_DEMO_PASSWORD to choose one). It is not shown again.", password);
        } else {
            log.info("Demo accounts created: instructor, student, student2 with the configured demo password.");
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return "steppe-" + HexFormat.of().formatHex(bytes);
    }
}
