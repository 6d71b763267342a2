package app.steppe.grading.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Item analysis of a quiz, after Moodle's "Quiz statistics calculations"
 * (https://docs.moodle.org/dev/Quiz_statistics_calculations, sections "Test statistics" and "Question statistics").
 * Each attempt counts as an independent attempt; which attempts to pass (first, highest, last or all per student) is
 * the caller's choice, as in Moodle's report. With questions drawn at random, as Moodle does for random questions,
 * each question's statistics use only the attempts that asked it, and the test statistics every attempt's total.
 */
public final class QuizStatisticsCalculator {

    private QuizStatisticsCalculator() {
    }

    public static QuizStatistics calculate(List<QuestionSlot> questions, List<AttemptScores> attempts) {
        return calculate(questions, attempts, ScoreHistogram.DEFAULT_BIN_COUNT);
    }

    public static QuizStatistics calculate(List<QuestionSlot> questions, List<AttemptScores> attempts,
            int histogramBins) {
        attempts.forEach(attempt -> requireScoresWithin(questions, attempt));
        List<BigDecimal> totals = attempts.stream().map(AttemptScores::total).toList();
        List<BigDecimal> maxima = attempts.stream().map(attempt -> maximumOf(questions, attempt)).toList();
        // attempts that drew questions worth more or less compare only as percentages of their own maxima
        boolean sameMaximum = maxima.stream().allMatch(max -> max.compareTo(maxima.get(0)) == 0);

        List<QuestionStatistics> questionStatistics = new ArrayList<>();
        double sumOfItemVariances = 0;
        for (int i = 0; i < questions.size(); i++) {
            List<Integer> asking = askingAttempts(attempts, i);
            double[] x = new double[asking.size()];
            double[] rest = new double[asking.size()];
            QuestionSlot slot = questions.get(i);
            for (int k = 0; k < asking.size(); k++) {
                int a = asking.get(k);
                BigDecimal score = attempts.get(a).scores().get(i);
                x[k] = score.doubleValue();
                // X_i, the rest-of-test score, taken in exact decimals so that no rounding noise leaks in
                BigDecimal restScore = totals.get(a).subtract(score);
                rest[k] = sameMaximum ? restScore.doubleValue()
                        : percentOf(restScore, maxima.get(a).subtract(slot.maxScore()));
            }
            if (x.length >= 2) {
                sumOfItemVariances += Sample.variance(x);
            }
            Optional<DistractorAnalysis> distractors = slot.isChoice()
                    ? Optional.of(DistractorAnalysis.of(attempts, i, slot.optionCount()))
                    : Optional.empty();
            questionStatistics.add(QuestionStatistics.of(i, slot, x, rest, distractors));
        }
        // Σ V(x_i) against V(T) means something only when every total is a sum over the same questions
        boolean everyQuestionAsked = attempts.stream().allMatch(attempt -> attempt.notAsked().isEmpty());
        OptionalDouble itemVariances = everyQuestionAsked
                ? OptionalDouble.of(sumOfItemVariances) : OptionalDouble.empty();
        TestStatistics test = testStatistics(questions, totals, maxima, sameMaximum, itemVariances);
        return new QuizStatistics(test, questionStatistics, ScoreHistogram.of(totals, maxima, histogramBins));
    }

    /**
     * The totals T_s in points when every attempt has the same maximum (always so when each asks every question);
     * otherwise each as a percentage of its own attempt's maximum, out of 100.
     */
    private static TestStatistics testStatistics(List<QuestionSlot> questions, List<BigDecimal> totals,
            List<BigDecimal> maxima, boolean sameMaximum, OptionalDouble sumOfItemVariances) {
        if (sameMaximum) {
            BigDecimal max = maxima.isEmpty()
                    ? questions.stream().map(QuestionSlot::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : maxima.get(0);
            double[] t = totals.stream().mapToDouble(BigDecimal::doubleValue).toArray();
            return TestStatistics.of(t, sumOfItemVariances, questions.size(), max.doubleValue());
        }
        double[] percentages = new double[totals.size()];
        for (int a = 0; a < totals.size(); a++) {
            percentages[a] = percentOf(totals.get(a), maxima.get(a));
        }
        return TestStatistics.of(percentages, sumOfItemVariances, questions.size(), 100);
    }

    /** 100 × score / max; 0 when nothing could be earned. */
    private static double percentOf(BigDecimal score, BigDecimal max) {
        return max.signum() == 0 ? 0 : 100 * score.doubleValue() / max.doubleValue();
    }

    private static List<Integer> askingAttempts(List<AttemptScores> attempts, int question) {
        List<Integer> asking = new ArrayList<>();
        for (int a = 0; a < attempts.size(); a++) {
            if (attempts.get(a).asked(question)) {
                asking.add(a);
            }
        }
        return asking;
    }

    /** The points the questions an attempt asked are worth together. */
    private static BigDecimal maximumOf(List<QuestionSlot> questions, AttemptScores attempt) {
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < questions.size(); i++) {
            if (attempt.asked(i)) {
                max = max.add(questions.get(i).maxScore());
            }
        }
        return max;
    }

    private static void requireScoresWithin(List<QuestionSlot> questions, AttemptScores attempt) {
        if (attempt.questionCount() != questions.size()) {
            throw new IllegalArgumentException("an attempt scores " + attempt.questionCount()
                    + " questions but the quiz has " + questions.size());
        }
        for (int i = 0; i < questions.size(); i++) {
            BigDecimal score = attempt.scores().get(i);
            if (score.signum() < 0 || score.compareTo(questions.get(i).maxScore()) > 0) {
                throw new IllegalArgumentException("question " + i + " scored " + score + ", outside 0.."
                        + questions.get(i).maxScore());
            }
        }
    }
}
