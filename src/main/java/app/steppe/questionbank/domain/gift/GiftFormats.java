package app.steppe.questionbank.domain.gift;

import java.util.Set;

/**
 * The {@code [html]}, {@code [moodle]}, {@code [plain]}, {@code [markdown]} prefix of a text part: lower case, at the
 * very start; an unknown name stays in the text. Parts without a prefix take the question text's format.
 */
final class GiftFormats {

    static final Set<String> NAMES = Set.of(GiftText.MOODLE, GiftText.HTML, GiftText.PLAIN, GiftText.MARKDOWN);

    private GiftFormats() {
    }

    /** The part's format and its text with escapes resolved and trimmed. */
    static GiftText parse(String text, String defaultFormat) {
        String format = defaultFormat;
        String body = text;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end > 0 && NAMES.contains(text.substring(1, end))) {
                format = text.substring(1, end);
                body = text.substring(end + 1);
            }
        }
        return new GiftText(GiftEscapes.trim(GiftEscapes.post(body)), format);
    }
}
