package app.steppe.account.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a password a person chooses must be: at least {@value #MIN_LENGTH} characters and not guessable, judged by
 * zxcvbn (score {@value #MIN_SCORE} of 4 or better) with the person's own names counted as likely guesses.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MIN_SCORE = 3;
    /** Words an attacker would try first on this site whoever the user is. */
    private static final List<String> SITE_WORDS = List.of("steppe");

    /** Loading the dictionaries takes a while; a measurement itself keeps no state, so one is shared. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** The outcome for one password: accepted, too short, or too easy to guess (with zxcvbn's advice). */
    public sealed interface Verdict {
        default boolean accepted() {
            return this instanceof Accepted;
        }
    }

    public record Accepted() implements Verdict {
    }

    public record TooShort(int minLength) implements Verdict {
    }

    public record TooGuessable(int score, Feedback feedback) implements Verdict {
    }

    /** @param personalWords the username, display name and email of the account: nulls and blanks are ignored */
    public static Verdict judge(String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return new TooShort(MIN_LENGTH);
        }
        List<String> inputs = new ArrayList<>(SITE_WORDS);
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) {
                inputs.add(word.strip());
            }
        }
        var strength = ZXCVBN.measure(password, inputs);
        return strength.getScore() >= MIN_SCORE ? new Accepted() : new TooGuessable(strength.getScore(), strength.getFeedback());
    }

    /** The violation (on the given field) for a refused password, if any. */
    public static List<Violation> violations(String field, Verdict verdict) {
        Objects.requireNonNull(verdict);
        if (verdict instanceof TooShort tooShort) {
            return List.of(Violation.of(field, "account.password.tooShort", tooShort.minLength()));
        }
        if (verdict instanceof TooGuessable weak) {
            return List.of(Violation.of(field, "account.password.weak", weak.feedback()));
        }
        return List.of();
    }
}
