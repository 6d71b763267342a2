package app.steppe.questionbank.domain.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a typed answer to what matters for comparing it with an accepted one: no diacritics ("Tókayev" →
 * "tokayev"), no punctuation, one space between words, lower case unless the question is case-sensitive.
 */
public final class TextNormaliser {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // apostrophes and full stops are dropped rather than spaced: "China's" is "Chinas", "U.S." is "US"
    private static final Pattern DROPPED = Pattern.compile("['\u02BC`]|(?!(?<=\\d)\\.(?=\\d))\\.");
    // "2,030" is one number, not the words "2" and "030"
    private static final Pattern DIGIT_GROUP_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
    // a decimal point between digits is part of the number; every other punctuation mark separates words
    private static final Pattern PUNCTUATION = Pattern.compile("(?!(?<=\\d)\\.(?=\\d))\\p{P}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private TextNormaliser() {
    }

    public static String normalise(String text, boolean caseSensitive) {
        if (text == null) {
            return "";
        }
        String folded = Typography.plainQuotes(text);
        folded = COMBINING_MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        if (!caseSensitive) {
            folded = folded.toLowerCase(Locale.ROOT);
        }
        folded = DROPPED.matcher(folded).replaceAll("");
        folded = DIGIT_GROUP_COMMA.matcher(folded).replaceAll("");
        folded = PUNCTUATION.matcher(folded).replaceAll(" ");
        folded = WHITESPACE.matcher(folded).replaceAll(" ").strip();
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }
}
