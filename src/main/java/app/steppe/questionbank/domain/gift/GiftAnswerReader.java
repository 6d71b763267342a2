package app.steppe.questionbank.domain.gift;

import static app.steppe.questionbank.domain.gift.GiftEscapes.phpEmpty;
import static app.steppe.questionbank.domain.gift.GiftEscapes.trim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The answer block of each GIFT type, read as Moodle reads it (weights, feedback after the first {@code #}). */
final class GiftAnswerReader {

    private static final Pattern WEIGHT = Pattern.compile("^%-*[0-9]{1,2}\\.?[0-9]*%.*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A block Moodle skips; the message is the {@link GiftProblem} code. */
    static final class Refused extends RuntimeException {
        Refused(String code) {
            super(code, null, false, false);
        }
    }

    private final String format;

    GiftAnswerReader(String format) {
        this.format = format;
    }

    /** An answer with its weight taken off: {@code %50%text} is half credit; without a weight, {@code otherwise}. */
    private record Weighted(String answer, BigDecimal fraction) {
    }

    private Weighted weighted(String answer, BigDecimal otherwise) {
        if (!WEIGHT.matcher(answer).matches()) {
            return new Weighted(answer, otherwise);
        }
        int end = answer.indexOf('%', 1);
        return new Weighted(answer.substring(end + 1), weight(answer.substring(1, end)));
    }

    GiftQuestion multichoice(GiftQuestion.Builder base, String answerText) {
        boolean single = answerText.contains("=");
        List<String> parts = split(answerText.replace("=", "~="), "~");
        if (parts.size() < 2) {
            throw new Refused(GiftProblem.TOO_FEW_ANSWERS);
        }
        List<GiftAnswer> answers = new ArrayList<>();
        for (String part : parts) {
            String answer = trim(part);
            Weighted weighted = answer.startsWith("=")
                    ? new Weighted(answer.substring(1), BigDecimal.ONE) // after "=" no weight is read, as in Moodle
                    : weighted(answer, BigDecimal.ZERO);
            GiftText[] textAndFeedback = withFeedback(weighted.answer());
            answers.add(GiftAnswer.choice(textAndFeedback[0], weighted.fraction(), textAndFeedback[1]));
        }
        return base.choices(GiftType.MULTICHOICE, single, answers);
    }

    GiftQuestion match(GiftQuestion.Builder base, String answerText) {
        List<String> parts = split(answerText, "=");
        if (parts.size() < 2) {
            throw new Refused(GiftProblem.TOO_FEW_ANSWERS);
        }
        List<GiftSubquestion> pairs = new ArrayList<>();
        for (String part : parts) {
            String pair = trim(part);
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                throw new Refused(GiftProblem.MATCHING_FORMAT);
            }
            pairs.add(new GiftSubquestion(GiftFormats.parse(trim(pair.substring(0, arrow)), format),
                    trim(GiftEscapes.post(pair.substring(arrow + 2)))));
        }
        return base.match(pairs);
    }

    /** {@code {TRUE#A#B}}: A is shown for a wrong response, B for a right one (Moodle's order). */
    GiftQuestion trueFalse(GiftQuestion.Builder base, String answerText) {
        String[] bits = answerText.split("#", 3);
        String answer = GiftFormats.parse(trim(bits[0]), format).text();
        GiftText wrong = bits.length > 1 ? GiftFormats.parse(trim(bits[1]), format) : GiftText.empty(format);
        GiftText right = bits.length > 2 ? GiftFormats.parse(trim(bits[2]), format) : GiftText.empty(format);
        boolean correct = answer.equals("T") || answer.equals("TRUE");
        return correct ? base.trueFalse(true, right, wrong) : base.trueFalse(false, wrong, right);
    }

    GiftQuestion shortAnswer(GiftQuestion.Builder base, String answerText) {
        List<String> parts = split(answerText, "=");
        if (parts.isEmpty()) {
            throw new Refused(GiftProblem.TOO_FEW_ANSWERS);
        }
        List<GiftAnswer> answers = new ArrayList<>();
        for (String part : parts) {
            Weighted weighted = weighted(trim(part), BigDecimal.ONE);
            GiftText[] textAndFeedback = withFeedback(weighted.answer());
            answers.add(GiftAnswer.choice(textAndFeedback[0], weighted.fraction(), textAndFeedback[1]));
        }
        return base.choices(GiftType.SHORTANSWER, null, answers);
    }

    GiftQuestion numerical(GiftQuestion.Builder base, String answerText) {
        String body = answerText.substring(1);
        String wrongFeedback = "";
        int tilde = body.indexOf('~');
        if (tilde >= 0) {
            wrongFeedback = body.substring(tilde);
            body = body.substring(0, tilde);
        }
        List<String> parts = split(body, "=");
        if (parts.isEmpty()) {
            throw new Refused(GiftProblem.NO_NUMERICAL_ANSWERS);
        }
        List<GiftAnswer> answers = new ArrayList<>();
        for (String part : parts) {
            Weighted weighted = weighted(trim(part), BigDecimal.ONE);
            GiftText[] textAndFeedback = withFeedback(weighted.answer());
            answers.add(number(textAndFeedback[0].text(), weighted.fraction(), textAndFeedback[1]));
        }
        if (!wrongFeedback.isEmpty()) {
            GiftText feedback = withFeedback(wrongFeedback)[1];
            answers.add(new GiftAnswer(new GiftText("*", format), BigDecimal.ZERO, feedback, null, null, null));
        }
        return base.choices(GiftType.NUMERICAL, null, answers);
    }

    /** {@code value}, {@code value:tolerance} or {@code min..max} (stored as midpoint and half-width). */
    private GiftAnswer number(String answer, BigDecimal fraction, GiftText feedback) {
        int range = answer.indexOf("..");
        int colon = answer.indexOf(':');
        String value;
        String tolerance;
        BigDecimal min = null;
        BigDecimal max = null;
        if (range > 0) {
            String minText = trim(answer.substring(0, range));
            String maxText = trim(answer.substring(range + 2));
            if (!isNumber(minText) || !isNumber(maxText)) {
                throw new Refused(GiftProblem.NOT_NUMBERS);
            }
            min = new BigDecimal(minText.strip());
            max = new BigDecimal(maxText.strip());
            BigDecimal middle = min.add(max).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
            value = middle.stripTrailingZeros().toPlainString();
            tolerance = max.subtract(middle).toPlainString();
        } else if (colon > 0) {
            value = trim(answer.substring(0, colon));
            tolerance = trim(answer.substring(colon + 1));
        } else {
            value = trim(answer);
            tolerance = "0";
        }
        if (!isNumber(tolerance)) {
            throw new Refused(GiftProblem.NOT_NUMBERS);
        }
        // Moodle's operator precedence turns any answer that is not a number into the catch-all "*"
        String text = isNumber(value) ? value : "*";
        return new GiftAnswer(new GiftText(text, format), fraction, feedback, new BigDecimal(tolerance.strip()), min, max);
    }

    static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** Explodes on the separator and drops an empty first part (PHP's empty(): "" or "0"). */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.split(Pattern.quote(separator), -1)));
        if (!parts.isEmpty() && phpEmpty(trim(parts.get(0)))) {
            parts.remove(0);
        }
        return parts;
    }

    private GiftText[] withFeedback(String answer) {
        int hash = answer.indexOf('#');
        GiftText text = GiftFormats.parse(trim(hash < 0 ? answer : answer.substring(0, hash)), format);
        GiftText feedback = hash < 0 ? GiftText.empty(format) : GiftFormats.parse(trim(answer.substring(hash + 1)), format);
        return new GiftText[] {text, feedback};
    }

    /** {@code 50} → 0.5; a weight PHP cannot read as a number (such as {@code --5}) counts as 0, as in PHP. */
    private static BigDecimal weight(String percent) {
        try {
            return new BigDecimal(percent).divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
