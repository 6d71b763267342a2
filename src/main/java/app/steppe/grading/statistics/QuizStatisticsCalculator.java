package app.steppe.grading.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Item analysis of a quiz, after Moodle's "Quiz statistics calculations"
 * (https://docs.moodle.org/dev/Quiz_statistics_calculations, sections "Test statistics" and "Question statistics").
 * Each attempt counts as an independent attempt; which attempts to pass (first, highest, last or all per student) is
 * the caller's choice, as in Moodle's report.
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
        int s = attempts.size();
        BigDecimal maxTotal = questions.stream().map(QuestionSlot::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> totals = attempts.stream().map(AttemptScores::total).toList();
        double[] t = totals.stream().mapToDouble(BigDecimal::doubleValue).toArray();

        List<QuestionStatistics> questionStatistics = new ArrayList<>();
        double sumOfItemVariances = 0;
        for (int i = 0; i < questions.size(); i++) {
            double[] x = scoresOf(attempts, i);
            double[] rest = new double[s];
            for (int a = 0; a < s; a++) {
                // X_i, the rest-of-test score, taken in exact decimals so that no rounding noise leaks in
                rest[a] = totals.get(a).subtract(attempts.get(a).scores().get(i)).doubleValue();
            }
            if (s >= 2) {
                sumOfItemVariances += Sample.variance(x);
            }
            QuestionSlot slot = questions.get(i);
            Optional<DistractorAnalysis> distractors = slot.isChoice()
                    ? Optional.of(DistractorAnalysis.of(attempts, i, slot.optionCount()))
                    : Optional.empty();
            questionStatistics.add(QuestionStatistics.of(i, slot, x, rest, distractors));
        }
        TestStatistics test = TestStatistics.of(t, sumOfItemVariances, questions.size(), maxTotal.doubleValue());
        return new QuizStatistics(test, questionStatistics, ScoreHistogram.of(totals, maxTotal, histogramBins));
    }

    private static double[] scoresOf(List<AttemptScores> attempts, int question) {
        return attempts.stream().mapToDouble(attempt -> attempt.scores().get(question).doubleValue()).toArray();
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
