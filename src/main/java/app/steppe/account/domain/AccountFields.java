package app.steppe.account.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules for the fields of an account, shared by registration, the instructor's form and roster import so that
 * a username the form refuses is refused in a CSV file too. Each check answers with a message key, or nothing.
 */
public final class AccountFields {

    public static final int MIN_USERNAME = 3;
    public static final String REQUIRED = "account.field.required";

    /** After normalisation (trimmed, lower case): 3–64 of a-z 0-9 . _ - */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{" + MIN_USERNAME + "," + UserAccount.MAX_USERNAME + "}");
    /** Deliberately loose: one @, something on each side, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private AccountFields() {
    }

    public static Optional<String> usernameProblem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(REQUIRED);
        }
        return USERNAME.matcher(UserAccount.normaliseUsername(raw)).matches()
                ? Optional.empty() : Optional.of("account.username.invalid");
    }

    public static Optional<String> displayNameProblem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(REQUIRED);
        }
        String name = normaliseDisplayName(raw);
        boolean hasControl = name.codePoints().anyMatch(Character::isISOControl);
        return name.length() > UserAccount.MAX_DISPLAY_NAME || hasControl
                ? Optional.of("account.displayName.invalid") : Optional.empty();
    }

    /** Email is optional: blank is fine. */
    public static Optional<String> emailProblem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String email = raw.strip();
        return email.length() <= UserAccount.MAX_EMAIL && EMAIL.matcher(email).matches()
                ? Optional.empty() : Optional.of("account.email.invalid");
    }

    /**
     * The violations of a new account's username, display name and email, on the form fields of those names.
     * @param usernameTaken asked only for a well-formed username, with its normalised form
     */
    static List<Violation> detailViolations(String username, String displayName, String email, Predicate<String> usernameTaken) {
        List<Violation> violations = new ArrayList<>();
        usernameProblem(username).ifPresentOrElse(
                key -> violations.add(Violation.of("username", key)),
                () -> {
                    if (usernameTaken.test(UserAccount.normaliseUsername(username))) {
                        violations.add(Violation.of("username", "account.username.taken"));
                    }
                });
        displayNameProblem(displayName).ifPresent(key -> violations.add(Violation.of("displayName", key)));
        emailProblem(email).ifPresent(key -> violations.add(Violation.of("email", key)));
        return violations;
    }

    /** Composed (NFC) form, so "і" typed two ways is stored one way. */
    public static String normaliseDisplayName(String raw) {
        return Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    }
}
