package app.steppe.questionbank.domain.matching;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the one number in what a student typed: "2,030", "2 030", "about 1782 km", "3,5" (decimal comma),
 * "1.234,5", "1,234.5". Words around the number are ignored; an answer with two numbers ("2030 or 2040") is
 * refused rather than guessed at.
 */
public final class NumericAnswerParser {

    /** Digits joined by single separators; a sign only where it cannot be a hyphen inside a word. */
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![\\p{L}\\d])([-+\u2212]?)(\\d+(?:[.,'\u2019 \u00A0\u2009\u202F]\\d+)*)");
    /** A whole number written in groups of three: 2,030 / 2 030 / 1.234.567 / 1'234. */
    private static final Pattern GROUPED_INTEGER = Pattern.compile("\\d{1,3}(?:\\D\\d{3})+");

    private NumericAnswerParser() {
    }

    public static Optional<BigDecimal> parse(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        // NFKC turns full-width digits into ASCII ones and the no-break spaces into plain spaces
        Matcher candidate = CANDIDATE.matcher(Normalizer.normalize(answer, Normalizer.Form.NFKC));
        if (!candidate.find()) {
            return Optional.empty();
        }
        boolean negative = !candidate.group(1).isEmpty() && candidate.group(1).charAt(0) != '+';
        Optional<BigDecimal> number = interpret(candidate.group(2));
        if (candidate.find()) {
            return Optional.empty();
        }
        return number.map(value -> negative ? value.negate() : value);
    }

    private static Optional<BigDecimal> interpret(String written) {
        int decimalAt = decimalSeparatorIndex(written);
        String integerPart = decimalAt < 0 ? written : written.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : written.substring(decimalAt + 1);
        if (!isDigits(fraction) || (decimalAt >= 0 && integerPart.indexOf(written.charAt(decimalAt)) >= 0)) {
            return Optional.empty();
        }
        if (!isDigits(integerPart)) {
            if (!GROUPED_INTEGER.matcher(integerPart).matches()) {
                return Optional.empty();
            }
            integerPart = integerPart.replaceAll("\\D", "");
        }
        return Optional.of(new BigDecimal(fraction.isEmpty() ? integerPart : integerPart + "." + fraction));
    }

    /** Where the decimal separator is, or -1 for a whole number. */
    private static int decimalSeparatorIndex(String written) {
        int lastDot = written.lastIndexOf('.');
        int lastComma = written.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return Math.max(lastDot, lastComma); // 1,234.5 and 1.234,5: the later mark is the decimal one
        }
        if (lastComma >= 0) {
            boolean single = written.indexOf(',') == lastComma;
            // a lone comma before exactly three digits groups thousands (2,030); otherwise it is decimal (3,5)
            boolean groupsThousands = written.length() - lastComma - 1 == 3 && !written.startsWith("0,");
            return single && !groupsThousands ? lastComma : -1;
        }
        if (lastDot >= 0) {
            return written.indexOf('.') == lastDot ? lastDot : -1;
        }
        return -1;
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
