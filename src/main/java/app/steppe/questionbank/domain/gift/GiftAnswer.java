package app.steppe.questionbank.domain.gift;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer of a multiple-choice, short-answer or numerical question, with Moodle's meaning: {@code fraction} is the
 * share of the mark (negative allowed in multiple choice). Numerical answers carry an absolute {@code tolerance}
 * (null for the {@code *} catch-all) and, when written {@code min..max}, that range (else null).
 */
public record GiftAnswer(GiftText text, BigDecimal fraction, GiftText feedback, BigDecimal tolerance, BigDecimal min,
        BigDecimal max) {

    public GiftAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(feedback, "feedback");
    }

    public static GiftAnswer choice(GiftText text, BigDecimal fraction, GiftText feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null, null);
    }

    /** Moodle's catch-all numerical answer: any other number. */
    public boolean isCatchAll() {
        return "*".equals(text.text());
    }
}
