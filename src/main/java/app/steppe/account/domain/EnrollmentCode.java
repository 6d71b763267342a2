package app.steppe.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * The code a student types to join the course, e.g. {@code KZ-7K3Q-9XW2}. Its alphabet leaves out 0/O, 1/I/L so it
 * can be read aloud or copied from a projector; typing it in lower case or without hyphens is accepted.
 */
public record EnrollmentCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final String PREFIX = "KZ";
    private static final int GROUP = 4;
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "-[" + ALPHABET + "]{" + GROUP + "}-[" + ALPHABET + "]{" + GROUP + "}");

    public EnrollmentCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an enrollment code: " + value);
        }
    }

    /** A fresh code: 8 symbols of a 31-letter alphabet, about 40 bits. */
    public static EnrollmentCode random(RandomGenerator random) {
        var code = new StringBuilder(PREFIX);
        for (int i = 0; i < 2 * GROUP; i++) {
            if (i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new EnrollmentCode(code.toString());
    }

    /** Whether what a student typed is this code; compared in constant time. */
    public boolean matches(String typed) {
        if (typed == null) {
            return false;
        }
        return MessageDigest.isEqual(canonical(value).getBytes(StandardCharsets.UTF_8),
                canonical(typed).getBytes(StandardCharsets.UTF_8));
    }

    private static String canonical(String code) {
        return code.replaceAll("[\\s\\-‐–—]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
