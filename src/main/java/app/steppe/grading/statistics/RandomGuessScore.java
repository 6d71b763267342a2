package app.steppe.grading.statistics;

/**
 * "Random guess score" (Moodle's "Question statistics"): the fraction of a question's points a student who guessed
 * blindly would earn on average. Moodle asks each question type; here a small function per choice rule, from the
 * option counts alone. A guesser picks one option uniformly for single choice and true/false, and for multiple
 * response ticks each option independently with probability ½ (every subset of the options equally likely).
 */
public final class RandomGuessScore {

    private RandomGuessScore() {
    }

    /** Single choice with one right option among {@code optionCount}: 1/n. */
    public static double singleChoice(int optionCount) {
        requireOptions(optionCount, 1);
        return 1.0 / optionCount;
    }

    /** True/false: one of two verdicts. */
    public static double trueFalse() {
        return 0.5;
    }

    /** Multiple response, all or nothing: only the one right subset of the 2^n earns anything. */
    public static double multipleResponseAllOrNothing(int optionCount, int correctCount) {
        requireOptions(optionCount, correctCount);
        return Math.pow(0.5, optionCount);
    }

    /**
     * Multiple response, right minus wrong (see {@code MultipleResponseRule.rightMinusWrong}): with k right options
     * of n, ticking r right and w wrong ones earns max(0, (r − w)/k); the expectation over r ~ B(k, ½), w ~ B(n − k,
     * ½). With no right option nothing can be earned.
     */
    public static double multipleResponseRightMinusWrong(int optionCount, int correctCount) {
        requireOptions(optionCount, correctCount);
        if (correctCount == 0) {
            return 0;
        }
        int wrongCount = optionCount - correctCount;
        double expected = 0;
        for (int right = 0; right <= correctCount; right++) {
            for (int wrong = 0; wrong <= wrongCount; wrong++) {
                double share = Math.max(0, (double) (right - wrong) / correctCount);
                expected += binomial(correctCount, right) * binomial(wrongCount, wrong) * share;
            }
        }
        return expected / Math.pow(2, optionCount);
    }

    /**
     * Any other type (short text, numeric, matching, ordering, blanks, essay): counted as 0. (Moodle gives matching
     * a guess score of its own; Steppe does not model guessing there.)
     */
    public static double otherType() {
        return 0;
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static void requireOptions(int optionCount, int correctCount) {
        if (optionCount < 1 || correctCount < 0 || correctCount > optionCount) {
            throw new IllegalArgumentException(correctCount + " right options of " + optionCount + " is no question");
        }
    }
}
