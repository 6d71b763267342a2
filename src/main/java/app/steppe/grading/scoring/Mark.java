package app.steppe.grading.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The share of a question's points an answer earned: {@code fraction} in [0, 1] at scale 4 (rounded half up). An
 * essay is marked {@code needsManualGrading} with fraction 0 until a grader gives it points.
 */
public record Mark(BigDecimal fraction, boolean needsManualGrading) {

    public static final int SCALE = 4;

    private static final Mark ZERO = new Mark(BigDecimal.ZERO, false);
    private static final Mark FULL = new Mark(BigDecimal.ONE, false);
    private static final Mark AWAITING_GRADER = new Mark(BigDecimal.ZERO, true);

    public Mark {
        Objects.requireNonNull(fraction, "fraction");
        fraction = fraction.setScale(SCALE, RoundingMode.HALF_UP);
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a mark is a fraction between 0 and 1, not " + fraction);
        }
        if (needsManualGrading && fraction.signum() != 0) {
            throw new IllegalArgumentException("a mark awaiting a grader has earned nothing yet");
        }
    }

    public static Mark zero() {
        return ZERO;
    }

    public static Mark full() {
        return FULL;
    }

    public static Mark awaitingManualGrading() {
        return AWAITING_GRADER;
    }

    /** A credit from the question (an accepted answer's share), kept within [0, 1]. */
    public static Mark ofCredit(BigDecimal credit) {
        Objects.requireNonNull(credit, "credit");
        return new Mark(credit.max(BigDecimal.ZERO).min(BigDecimal.ONE), false);
    }

    /** {@code earned / outOf}, kept within [0, 1]; nothing to earn ({@code outOf <= 0}) earns zero. */
    public static Mark share(BigDecimal earned, long outOf) {
        Objects.requireNonNull(earned, "earned");
        if (outOf <= 0) {
            return ZERO;
        }
        return ofCredit(earned.divide(BigDecimal.valueOf(outOf), SCALE, RoundingMode.HALF_UP));
    }

    public static Mark share(long earned, long outOf) {
        return share(BigDecimal.valueOf(earned), outOf);
    }

    /** The points this mark is worth on a question worth {@code max}, at scale 4 (rounded half up). */
    public BigDecimal points(BigDecimal max) {
        Objects.requireNonNull(max, "max");
        if (max.signum() < 0) {
            throw new IllegalArgumentException("a question cannot be worth " + max + " points");
        }
        return max.multiply(fraction).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
