package app.steppe.account.domain;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues the random passwords an instructor hands to a new student or after a reset, e.g. {@code k7mq-x3vt-9hpa-2rdw}.
 * <p>
 * They are hashed with a low bcrypt cost on purpose: importing 2000 students at the normal cost would take minutes,
 * and 16 random symbols (about 79 bits) do not need slow hashing to resist guessing. The hash is upgraded to the
 * normal cost the first time the student logs in (see the account's UserDetailsPasswordService).
 */
@Component
public class TemporaryPasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final int CHEAP_BCRYPT_COST = 4;

    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder cheapEncoder = new BCryptPasswordEncoder(CHEAP_BCRYPT_COST, random);

    /** A password in plain text (shown once, never stored) and the hash to store. */
    public record Issued(String plainText, String hash) {
        @Override
        public String toString() {
            return "Issued[hidden]";
        }
    }

    public Issued issue() {
        var password = new StringBuilder();
        for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String plain = password.toString();
        // "{bcrypt}" is the id under which the application's delegating encoder checks bcrypt hashes of any cost.
        return new Issued(plain, "{bcrypt}" + cheapEncoder.encode(plain));
    }
}
