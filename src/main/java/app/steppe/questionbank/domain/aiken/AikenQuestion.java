package app.steppe.questionbank.domain.aiken;

import java.util.List;
import java.util.Objects;

/**
 * One Aiken question: its one-line text, its choices (as written, labels removed) and the index of the right one
 * ({@code -1} when the {@code ANSWER:} letter names no choice, which Moodle accepts silently).
 */
public record AikenQuestion(int line, String text, List<String> choices, int correct) {

    public AikenQuestion {
        Objects.requireNonNull(text, "text");
        choices = List.copyOf(choices);
    }

    /** Moodle stores Aiken texts as HTML, escaping {@code < > &} but not quotes. */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
