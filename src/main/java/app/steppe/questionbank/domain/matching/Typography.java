package app.steppe.questionbank.domain.matching;

/** Typographic characters that mean the same as a plain keyboard character. */
public final class Typography {

    private Typography() {
    }

    /** Curly and angle quotes → straight ones ({@code ' "}); one character for one, so offsets stay aligned. */
    public static char plainQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            default -> c;
        };
    }

    /** Hyphens and dashes (‐ ‑ ‒ – — ― −) → {@code -}; one character for one. */
    public static char plainDash(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

    public static String plainQuotes(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = plainQuote(chars[i]);
        }
        return new String(chars);
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
