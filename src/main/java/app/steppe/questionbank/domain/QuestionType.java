package app.steppe.questionbank.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** The nine kinds of question; {@link #yamlName()} is how question files spell each one. */
@NamedInterface("model")
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_RESPONSE,
    TRUE_FALSE,
    NUMERIC,
    SHORT_TEXT,
    MATCHING,
    ORDERING,
    FILL_BLANKS,
    ESSAY;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> fromYamlName(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName().equals(name)).findFirst();
    }
}
