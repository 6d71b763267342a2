package app.steppe.questionbank.domain;

import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/** One option of a choice question; {@code feedback} (Markdown) is optional and may be null. */
@NamedInterface("model")
public record ChoiceOption(String text, boolean correct, String feedback) {

    public ChoiceOption {
        Objects.requireNonNull(text, "text");
    }

    public static ChoiceOption right(String text) {
        return new ChoiceOption(text, true, null);
    }

    public static ChoiceOption wrong(String text) {
        return new ChoiceOption(text, false, null);
    }
}
