package app.steppe.account.security;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Temporary passwords are stored with a cheap bcrypt cost (see TemporaryPasswords) until the student's first
 * login. Checking one is much faster than checking a normal hash, which would tell an attacker that the username
 * exists. This encoder spends the difference on a decoy check, so every login takes about as long.
 */
class EvenTimePasswordEncoder implements PasswordEncoder {

    private static final Pattern BCRYPT_COST = Pattern.compile("^\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$");

    private final PasswordEncoder delegate;
    private final int normalCost;
    private final String decoyHash;

    EvenTimePasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        this.decoyHash = delegate.encode(UUID.randomUUID().toString());
        this.normalCost = costOf(decoyHash);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (costOf(encodedPassword) < normalCost) {
            delegate.matches(rawPassword, decoyHash);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** The bcrypt cost of a stored hash; hashes of other kinds count as normal. */
    static int costOf(String encoded) {
        Matcher m = encoded == null ? null : BCRYPT_COST.matcher(encoded);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
