package app.steppe.questionbank.domain.gift;

import java.util.Objects;

/** A text part of a GIFT question with its format: {@code moodle} (the default), {@code html}, {@code plain} or {@code markdown}. */
public record GiftText(String text, String format) {

    public static final String MOODLE = "moodle";
    public static final String HTML = "html";
    public static final String PLAIN = "plain";
    public static final String MARKDOWN = "markdown";

    public GiftText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }

    public static GiftText empty(String format) {
        return new GiftText("", format);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
