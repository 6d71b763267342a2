package app.steppe.questionbank.domain.gift;

/**
 * GIFT's backslash escapes. Reading replaces each escaped control character with a private-use placeholder before
 * the question is taken apart (so an escaped {@code =} never splits answers) and turns placeholders back into the
 * characters in each finished part, as Moodle does; {@code \\} becomes one backslash straight away, so {@code \\n}
 * stays a backslash and an n. Writing escapes what Moodle's exporter escapes.
 */
final class GiftEscapes {

    private static final String ESCAPABLE = ":#={}~n";
    private static final char FIRST_PLACEHOLDER = '\uE000';

    private GiftEscapes() {
    }

    static String pre(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
                int escaped = ESCAPABLE.indexOf(next);
                if (escaped >= 0) {
                    out.append((char) (FIRST_PLACEHOLDER + escaped));
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static String post(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escaped = c - FIRST_PLACEHOLDER;
            if (escaped >= 0 && escaped < ESCAPABLE.length()) {
                char original = ESCAPABLE.charAt(escaped);
                out.append(original == 'n' ? '\n' : original);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Moodle's {@code repchar}: escapes {@code \ # = ~ { } :}, writes newlines as {@code \n} and drops CRs. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '#', '=', '~', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** PHP's {@code trim}: only space, tab, newline, CR, NUL and vertical tab, not every Unicode space. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPhpSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isPhpSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isPhpSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }

    /** PHP's {@code empty()} on a string: "" and "0" count as empty (a GIFT quirk Moodle's files depend on). */
    static boolean phpEmpty(String text) {
        return text.isEmpty() || text.equals("0");
    }
}
