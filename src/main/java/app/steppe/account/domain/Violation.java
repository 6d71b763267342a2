package app.steppe.account.domain;

import java.util.List;

/**
 * A rule an input broke, named by the form field it belongs to and a message key. The arguments are filled into the
 * message; a {@link com.nulabinc.zxcvbn.Feedback} argument is put into words by the web layer in the reader's language.
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
