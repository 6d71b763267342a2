package app.steppe.questionbank.domain.validation;

import java.util.Arrays;
import java.util.Objects;

/**
 * One broken rule: where ({@code path}, in the YAML keys of the question format, e.g. {@code questions[3].options},
 * indexes from 0), what ({@code messageKey} in {@code i18n/questionbank.properties}) and the message arguments.
 * A message key rather than English text, so the same violation can be shown in any language.
 */
public record Violation(String path, String messageKey, Object... args) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    // a record compares arrays by identity; two violations saying the same thing must be equal
    @Override
    public boolean equals(Object other) {
        return other instanceof Violation that
                && path.equals(that.path)
                && messageKey.equals(that.messageKey)
                && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return path + ": " + messageKey + Arrays.toString(args);
    }
}
