package app.steppe.questionbank.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.matching.NumericAnswerParser;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Reads the numbers an author typed into the editor, collecting a violation (under the path of the question
 * format) for each one that is not a number, so the mapper can go on and report every problem at once.
 * Numbers are read as the students' answers are ("2,030", "3,5", "2 030"), but the field must hold a number and
 * nothing else: "12 km" is refused here, where a student's "12 km" would be accepted.
 */
final class QuestionFormNumbers {

    static final String INVALID = "questionEditor.number.invalid";
    static final String MISSING = "questionEditor.number.missing";

    private static final Pattern ONLY_A_NUMBER =
            Pattern.compile("[-+\u2212]?\\d[\\d.,'\u2019 \u00A0\u2009\u202F]*");

    private final List<Violation> problems = new ArrayList<>();

    List<Violation> problems() {
        return List.copyOf(problems);
    }

    /** The number, or {@code fallback} (and a problem at {@code path}) when the text is not one. */
    BigDecimal required(String typed, String path, BigDecimal fallback) {
        if (typed.isBlank()) {
            problems.add(new Violation(path, MISSING));
            return fallback;
        }
        return optional(typed, path, fallback);
    }

    /** The number, {@code whenEmpty} for an empty field, or {@code whenEmpty} and a problem for a non-number. */
    BigDecimal optional(String typed, String path, BigDecimal whenEmpty) {
        if (typed.isBlank()) {
            return whenEmpty;
        }
        Optional<BigDecimal> number = parse(typed);
        if (number.isEmpty()) {
            problems.add(new Violation(path, INVALID, typed.strip()));
            return whenEmpty;
        }
        return number.get();
    }

    /** "0.5" is an absolute tolerance, "2%" a percentage; empty means exact. */
    Tolerance tolerance(String typed, String path) {
        String text = typed.strip();
        if (text.endsWith("%")) {
            String percent = text.substring(0, text.length() - 1);
            if (percent.isBlank()) {
                problems.add(new Violation(path, INVALID, text));
                return Tolerance.EXACT;
            }
            return new Tolerance.Percent(optional(percent, path, BigDecimal.ZERO));
        }
        return new Tolerance.Absolute(optional(text, path, BigDecimal.ZERO));
    }

    /** A whole number; a missing or fractional one is a problem and gives {@code fallback}. */
    int wholeNumber(String typed, String path, int fallback) {
        int before = problems.size();
        BigDecimal number = required(typed, path, BigDecimal.valueOf(fallback));
        if (problems.size() > before) {
            return fallback;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new Violation(path, INVALID, typed.strip()));
            return fallback;
        }
    }

    static Optional<BigDecimal> parse(String typed) {
        String text = typed.strip();
        if (!ONLY_A_NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        return NumericAnswerParser.parse(text);
    }

    /** How the editor shows a number: no exponent, no trailing zeros ("2030", "0.5"). */
    static String format(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    static String format(Tolerance tolerance) {
        if (tolerance instanceof Tolerance.Percent percent) {
            return format(percent.percent()) + "%";
        }
        return format(((Tolerance.Absolute) tolerance).amount());
    }
}
