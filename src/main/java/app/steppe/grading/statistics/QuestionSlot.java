package app.steppe.grading.statistics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A question of the quiz as the statistics see it: its maximum score (its minimum is 0, as a {@code Mark} is never
 * negative), the score a random guess earns as a fraction of the maximum (see {@link RandomGuessScore}), and for
 * a choice question its number of options (0 for any other type; no distractor analysis then).
 */
public record QuestionSlot(BigDecimal maxScore, double randomGuessFraction, int optionCount) {

    public QuestionSlot {
        Objects.requireNonNull(maxScore, "maxScore");
        if (maxScore.signum() < 0) {
            throw new IllegalArgumentException("a question cannot be worth " + maxScore + " points");
        }
        if (!(randomGuessFraction >= 0 && randomGuessFraction <= 1)) {
            throw new IllegalArgumentException("a random-guess score is a fraction in [0, 1], not "
                    + randomGuessFraction);
        }
        if (optionCount < 0) {
            throw new IllegalArgumentException("a question cannot have " + optionCount + " options");
        }
    }

    /** A choice question (single choice, multiple response, true/false) with {@code optionCount} options. */
    public static QuestionSlot choice(BigDecimal maxScore, double randomGuessFraction, int optionCount) {
        if (optionCount < 1) {
            throw new IllegalArgumentException("a choice question has options");
        }
        return new QuestionSlot(maxScore, randomGuessFraction, optionCount);
    }

    /** Any other question type: no options, and a random guess earns nothing. */
    public static QuestionSlot other(BigDecimal maxScore) {
        return new QuestionSlot(maxScore, 0, 0);
    }

    public boolean isChoice() {
        return optionCount > 0;
    }
}
