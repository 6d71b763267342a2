package app.steppe.grading.statistics;

import static app.steppe.grading.statistics.QuizStatisticsCalculatorTest.FOUR_QUESTIONS;
import static app.steppe.grading.statistics.QuizStatisticsCalculatorTest.SIX_ATTEMPTS;
import static app.steppe.grading.statistics.QuizStatisticsCalculatorTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What the statistics do with too little data, no spread, and input that cannot be right. */
class QuizStatisticsEdgeCasesTest {

    private static final List<QuestionSlot> THREE_ONE_POINT_QUESTIONS = List.of(
            QuestionSlot.other(BigDecimal.ONE), QuestionSlot.other(BigDecimal.ONE), QuestionSlot.other(BigDecimal.ONE));

    @Test
    void leavesEveryStatisticEmptyWithoutAttempts() {
        QuizStatistics statistics = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, List.of());

        TestStatistics test = statistics.test();
        assertThat(test.attempts()).isZero();
        assertThat(List.of(test.mean(), test.median(), test.standardDeviation(), test.skewness(), test.kurtosis(),
                test.internalConsistency(), test.errorRatio(), test.standardError())).allMatch(s -> s.isEmpty());
        assertThat(statistics.question(0).facilityIndex()).isEmpty();
        assertThat(statistics.question(0).distractors().orElseThrow().options())
                .allMatch(option -> option.chosen() == 0 && option.percentOfAttempts() == 0);
        assertThat(statistics.histogram().totalAttempts()).isZero();
    }

    @Test
    void givesMeanMedianAndFacilityButNoSpreadForOneAttempt() {
        QuizStatistics statistics = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, SIX_ATTEMPTS.subList(0, 1));

        TestStatistics test = statistics.test();
        assertThat(value(test.mean())).isEqualTo(6.0);
        assertThat(value(test.median())).isEqualTo(6.0);
        assertThat(List.of(test.standardDeviation(), test.skewness(), test.kurtosis(), test.internalConsistency(),
                test.errorRatio(), test.standardError())).allMatch(s -> s.isEmpty());
        QuestionStatistics first = statistics.question(0);
        assertThat(value(first.facilityIndex())).isEqualTo(100.0);
        assertThat(List.of(first.standardDeviation(), first.discriminationIndex(), first.discriminativeEfficiency()))
                .allMatch(s -> s.isEmpty());
    }

    @Test
    void needsThreeAttemptsForSkewnessAndFourForKurtosis() {
        TestStatistics two = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, SIX_ATTEMPTS.subList(0, 2)).test();
        TestStatistics three = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, SIX_ATTEMPTS.subList(0, 3)).test();
        TestStatistics four = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, SIX_ATTEMPTS.subList(0, 4)).test();

        assertThat(two.standardDeviation()).isPresent();
        assertThat(two.skewness()).isEmpty();
        assertThat(three.skewness()).isPresent();
        assertThat(three.kurtosis()).isEmpty();
        assertThat(four.kurtosis()).isPresent();
    }

    @Test
    void takesTheMiddleTotalAsTheMedianOfAnOddCount() {
        // totals 6, 3.5, 4 sorted: 3.5, 4, 6
        TestStatistics three = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, SIX_ATTEMPTS.subList(0, 3)).test();

        assertThat(value(three.median())).isEqualTo(4.0);
    }

    @Test
    void leavesShapeAndConsistencyEmptyWhenEveryoneScoredTheSameTotal() {
        // each scores 2 of 3, each on different questions: the totals do not vary, the questions do
        List<AttemptScores> sameTotals = List.of(
                AttemptScores.of(1, 1, 0), AttemptScores.of(1, 0, 1), AttemptScores.of(0, 1, 1),
                AttemptScores.of(1, 1, 0));

        TestStatistics test = QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS, sameTotals).test();

        assertThat(value(test.standardDeviation())).isZero();
        assertThat(List.of(test.skewness(), test.kurtosis(), test.internalConsistency(), test.errorRatio(),
                test.standardError())).allMatch(s -> s.isEmpty());
    }

    @Test
    void flagsAQuestionEverybodyGotRightAsTooEasyWithoutDiscrimination() {
        List<AttemptScores> attempts = List.of(
                AttemptScores.of(1, 1, 0), AttemptScores.of(1, 0, 0), AttemptScores.of(1, 1, 1));

        QuestionStatistics first = QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS, attempts).question(0);

        assertThat(value(first.facilityIndex())).isEqualTo(100.0);
        assertThat(value(first.standardDeviation())).isZero();
        assertThat(first.discriminationIndex()).isEmpty();
        assertThat(first.discriminativeEfficiency()).isEmpty();
        assertThat(first.flags()).containsExactly(QuestionFlag.TOO_EASY);
    }

    @Test
    void flagsAQuestionNobodyGotRight() {
        List<AttemptScores> attempts = List.of(
                AttemptScores.of(0, 1, 0), AttemptScores.of(0, 0, 0), AttemptScores.of(0, 1, 1));

        QuestionStatistics first = QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS, attempts).question(0);

        assertThat(value(first.facilityIndex())).isZero();
        assertThat(first.flags()).containsExactly(QuestionFlag.NOBODY_GOT_IT_RIGHT);
    }

    @Test
    void leavesDiscriminationEmptyWhenTheRestOfTheTestDoesNotVary() {
        // the question varies but the rest of the test (questions 2 and 3) scores 1 for everybody
        List<AttemptScores> attempts = List.of(
                AttemptScores.of(1, 1, 0), AttemptScores.of(0, 0, 1), AttemptScores.of(1, 1, 0));

        QuestionStatistics first = QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS, attempts).question(0);

        assertThat(first.standardDeviation()).isPresent();
        assertThat(first.discriminationIndex()).isEmpty();
        assertThat(first.discriminativeEfficiency()).isEmpty();
        assertThat(first.flags()).isEmpty();
    }

    @Test
    void leavesInternalConsistencyEmptyForAOneQuestionQuiz() {
        List<AttemptScores> attempts = List.of(AttemptScores.of(1), AttemptScores.of(0), AttemptScores.of(1));

        TestStatistics test = QuizStatisticsCalculator.calculate(List.of(QuestionSlot.other(BigDecimal.ONE)), attempts)
                .test();

        assertThat(test.standardDeviation()).isPresent();
        assertThat(test.internalConsistency()).isEmpty();
        assertThat(test.standardError()).isEmpty();
    }

    @Test
    void leavesTheFacilityEmptyForAQuestionWorthNothing() {
        List<QuestionSlot> oneWorthNothing = List.of(
                QuestionSlot.other(BigDecimal.ZERO), QuestionSlot.other(BigDecimal.ONE));

        QuestionStatistics free = QuizStatisticsCalculator.calculate(oneWorthNothing,
                List.of(AttemptScores.of(0, 1), AttemptScores.of(0, 0))).question(0);

        assertThat(free.facilityIndex()).isEmpty();
        assertThat(free.standardDeviationPercent()).isEmpty();
        assertThat(free.flags()).isEmpty();
    }

    @Test
    void equalsKuderRichardson20ForQuestionsScoredZeroOrOne() {
        List<AttemptScores> attempts = List.of(AttemptScores.of(1, 1, 1), AttemptScores.of(1, 1, 0),
                AttemptScores.of(1, 0, 0), AttemptScores.of(0, 1, 0), AttemptScores.of(0, 0, 0));
        // KR-20 = k/(k − 1) × (1 − Σ p q / σ²) with population variance σ² of the totals 3, 2, 1, 1, 0:
        // p = 3/5, 3/5, 1/5 → Σ p q = 0.24 + 0.24 + 0.16 = 0.64; mean 1.4, σ² = (2.56 + 0.36 + 0.16 + 0.16 + 1.96)/5
        // = 1.04; KR-20 = 1.5 × (1 − 0.64/1.04) = 1.5 × 0.4/1.04
        double kr20 = 100 * 1.5 * 0.4 / 1.04;

        TestStatistics test = QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS, attempts).test();

        assertThat(value(test.internalConsistency())).isCloseTo(kr20, within(1e-9));
    }

    @Test
    void refusesAScoreAboveTheQuestionsMaximumOrBelowZero() {
        assertThatThrownBy(() -> QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS,
                List.of(AttemptScores.of(1, 1.5, 0)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS,
                List.of(AttemptScores.of(1, -0.5, 0)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnAttemptScoringAnotherNumberOfQuestions() {
        assertThatThrownBy(() -> QuizStatisticsCalculator.calculate(THREE_ONE_POINT_QUESTIONS,
                List.of(AttemptScores.of(1, 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAChosenOptionTheQuestionDoesNotHave() {
        List<QuestionSlot> trueFalse = List.of(QuestionSlot.choice(BigDecimal.ONE, RandomGuessScore.trueFalse(), 2));
        AttemptScores choseAThirdVerdict = new AttemptScores(List.of(BigDecimal.ZERO), List.of(Set.of(2)));

        assertThatThrownBy(() -> QuizStatisticsCalculator.calculate(trueFalse, List.of(choseAThirdVerdict)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no option 2");
    }
}
