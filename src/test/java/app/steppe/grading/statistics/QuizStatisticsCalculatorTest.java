package app.steppe.grading.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Six attempts at four questions, some with partial credit. The expected figures are worked by hand in the comments
 * where that is short, and otherwise computed with Python's statistics module by the independent script
 * src/test/resources/app/steppe/grading/statistics/expected_statistics.py (textbook formulas: adjusted
 * Fisher-Pearson skewness and kurtosis, alpha from the inter-item covariances, statistics.correlation), pasted here.
 *
 * <pre>
 *            Q1 single  Q2 multiple  Q3 true/false  Q4 short text   total (of 6)
 *            (max 1)    (max 2)      (max 1)        (max 2)
 * attempt 1    1 {2}      2 {0,1}      1 {0}          2              6
 * attempt 2    1 {2}      1 {0}        0 {1}          1.5            3.5
 * attempt 3    0 {1}      1 {1}        1 {0}          2              4
 * attempt 4    1 {2}      0 {2,3}      1 {0}          0.5            2.5
 * attempt 5    0 {0}      1 {0,1,2}    0 {1}          1              2
 * attempt 6    0 {}       0 {}         1 {0}          0              1
 * </pre>
 */
class QuizStatisticsCalculatorTest {

    private static final Offset<Double> CLOSE = within(1e-9);

    static final List<QuestionSlot> FOUR_QUESTIONS = List.of(
            QuestionSlot.choice(new BigDecimal("1"), RandomGuessScore.singleChoice(4), 4),
            QuestionSlot.choice(new BigDecimal("2"), RandomGuessScore.multipleResponseRightMinusWrong(4, 2), 4),
            QuestionSlot.choice(new BigDecimal("1"), RandomGuessScore.trueFalse(), 2),
            QuestionSlot.other(new BigDecimal("2")));

    static final List<AttemptScores> SIX_ATTEMPTS = List.of(
            attempt(scores("1", "2", "1", "2"), Set.of(2), Set.of(0, 1), Set.of(0)),
            attempt(scores("1", "1", "0", "1.5"), Set.of(2), Set.of(0), Set.of(1)),
            attempt(scores("0", "1", "1", "2"), Set.of(1), Set.of(1), Set.of(0)),
            attempt(scores("1", "0", "1", "0.5"), Set.of(2), Set.of(2, 3), Set.of(0)),
            attempt(scores("0", "1", "0", "1"), Set.of(0), Set.of(0, 1, 2), Set.of(1)),
            attempt(scores("0", "0", "1", "0"), Set.of(), Set.of(), Set.of(0)));

    private final QuizStatistics statistics = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, SIX_ATTEMPTS);

    private final TestStatistics test = statistics.test();

    @Test
    void countsTheAttempts() {
        assertThat(test.attempts()).isEqualTo(6);
    }

    @Test
    void averagesTheTotalsAlsoAsAPercentageOfTheMaximum() {
        // (6 + 3.5 + 4 + 2.5 + 2 + 1) / 6 = 19/6; as a share of 6 points: 19/36
        assertThat(value(test.mean())).isCloseTo(19.0 / 6, CLOSE);
        assertThat(value(test.meanPercent())).isCloseTo(100 * 19.0 / 36, CLOSE);
    }

    @Test
    void takesTheMedianAsTheMeanOfTheTwoMiddleTotalsOfAnEvenCount() {
        // sorted 1, 2, 2.5, 3.5, 4, 6: (2.5 + 3.5) / 2 = 3, half of the 6 points
        assertThat(value(test.median())).isCloseTo(3.0, CLOSE);
        assertThat(value(test.medianPercent())).isCloseTo(50.0, CLOSE);
    }

    @Test
    void computesTheSampleStandardDeviationOfTheTotals() {
        // deviations from 19/6 in sixths: 17, 2, 5, −4, −7, −13; squares 289 + 4 + 25 + 16 + 49 + 169 = 552 (/36)
        // V(T) = 552/36 / (6 − 1) = 46/15; python statistics.stdev: 1.7511900715418263
        assertThat(value(test.standardDeviation())).isCloseTo(Math.sqrt(46.0 / 15), CLOSE);
        assertThat(value(test.standardDeviation())).isCloseTo(1.7511900715418263, CLOSE);
        assertThat(value(test.standardDeviationPercent())).isCloseTo(29.186501192363774, CLOSE);
    }

    @Test
    void computesSkewnessAndKurtosisWithTheSampleCorrections() {
        // python, adjusted Fisher-Pearson G1 and G2
        assertThat(value(test.skewness())).isCloseTo(0.6315580923182216, CLOSE);
        assertThat(value(test.kurtosis())).isCloseTo(0.37659499054820766, CLOSE);
    }

    @Test
    void computesTheCoefficientOfInternalConsistencyAsAPercentage() {
        // item variances 0.3 + 17/30 + 4/15 + 2/3 = 1.8; CIC = 100 × 4/3 × (1 − 1.8 / (46/15)) = 100 × 4/3 × 19/46
        assertThat(value(test.internalConsistency())).isCloseTo(100.0 * 4 / 3 * 19 / 46, CLOSE);
        assertThat(value(test.internalConsistency())).isCloseTo(55.07246376811594, CLOSE);
    }

    @Test
    void derivesTheErrorRatioAndStandardErrorFromTheInternalConsistency() {
        // ER = 100 sqrt(1 − CIC/100); SE = ER/100 × SD (python: 67.028…, 1.17378…)
        assertThat(value(test.errorRatio())).isCloseTo(67.02800625998364, CLOSE);
        assertThat(value(test.standardError())).isCloseTo(1.1737877907772674, CLOSE);
        assertThat(value(test.standardErrorPercent())).isCloseTo(100 * 1.1737877907772674 / 6, CLOSE);
    }

    @Test
    void givesEachQuestionsFacilityAsItsMeanScoreOverItsMaximum() {
        // Q1 3/6 of 1 point; Q2 5/6 of 2 points; Q3 4/6 of 1 point; Q4 7/6 of 2 points
        assertThat(value(statistics.question(0).facilityIndex())).isCloseTo(50.0, CLOSE);
        assertThat(value(statistics.question(1).facilityIndex())).isCloseTo(100.0 * 5 / 12, CLOSE);
        assertThat(value(statistics.question(2).facilityIndex())).isCloseTo(100.0 * 2 / 3, CLOSE);
        assertThat(value(statistics.question(3).facilityIndex())).isCloseTo(100.0 * 7 / 12, CLOSE);
    }

    @Test
    void givesEachQuestionsSampleStandardDeviationInPointsAndAsAPercentage() {
        // Q1: three 1s and three 0s, Σ(x − ½)² = 1.5, V = 1.5/5 = 0.3
        assertThat(value(statistics.question(0).standardDeviation())).isCloseTo(Math.sqrt(0.3), CLOSE);
        assertThat(value(statistics.question(1).standardDeviation())).isCloseTo(0.752772652709081, CLOSE);
        assertThat(value(statistics.question(2).standardDeviation())).isCloseTo(0.5163977794943223, CLOSE);
        assertThat(value(statistics.question(3).standardDeviation())).isCloseTo(0.816496580927726, CLOSE);
        assertThat(value(statistics.question(3).standardDeviationPercent())).isCloseTo(40.8248290463863, CLOSE);
    }

    @Test
    void correlatesEachQuestionWithTheRestOfTheTestForTheDiscriminationIndex() {
        assertThat(value(statistics.question(0).discriminationIndex())).isCloseTo(23.735633163877065, CLOSE);
        assertThat(value(statistics.question(1).discriminationIndex())).isCloseTo(64.39209162167847, CLOSE);
        assertThat(value(statistics.question(2).discriminationIndex())).isCloseTo(-11.180339887498949, CLOSE);
        assertThat(value(statistics.question(3).discriminationIndex())).isCloseTo(67.08203932499369, CLOSE);
    }

    @Test
    void comparesTheCovarianceWithTheLargestPossibleForTheDiscriminativeEfficiency() {
        // Q1: x = 1,1,0,1,0,0, rest = 5,2.5,4,1.5,2,1 (mean 8/3); Σ(x − ½)(rest − 8/3) = ½(5 + 2.5 + 1.5 − 4 − 2 − 1)
        // = 1; sorted pairing puts the 1s with 5, 4, 2.5: ½(5 + 4 + 2.5 − 2 − 1.5 − 1) = 3.5; DE = 100 × 1/3.5
        assertThat(value(statistics.question(0).discriminativeEfficiency())).isCloseTo(100 / 3.5, CLOSE);
        assertThat(value(statistics.question(1).discriminativeEfficiency())).isCloseTo(65.38461538461539, CLOSE);
        assertThat(value(statistics.question(2).discriminativeEfficiency())).isCloseTo(-14.285714285714286, CLOSE);
        assertThat(value(statistics.question(3).discriminativeEfficiency())).isCloseTo(85.71428571428572, CLOSE);
    }

    @Test
    void reportsTheCallersRandomGuessScoresAsPercentages() {
        assertThat(statistics.question(0).randomGuessScore()).isCloseTo(25.0, CLOSE);
        assertThat(statistics.question(1).randomGuessScore()).isCloseTo(18.75, CLOSE);
        assertThat(statistics.question(2).randomGuessScore()).isCloseTo(50.0, CLOSE);
        assertThat(statistics.question(3).randomGuessScore()).isCloseTo(0.0, CLOSE);
    }

    @Test
    void flagsOnlyTheQuestionThatDiscriminatesNegatively() {
        assertThat(statistics.question(2).flags()).containsExactly(QuestionFlag.DISCRIMINATES_NEGATIVELY);
        assertThat(statistics.question(0).flags()).isEmpty();
        assertThat(statistics.question(1).flags()).isEmpty();
        assertThat(statistics.question(3).flags()).isEmpty();
    }

    @Test
    void countsHowOftenEachOptionOfASingleChoiceQuestionWasChosen() {
        DistractorAnalysis q1 = statistics.question(0).distractors().orElseThrow();

        assertThat(q1.options()).extracting(DistractorAnalysis.OptionCount::chosen).containsExactly(1, 1, 3, 0);
        assertThat(q1.options().get(2).percentOfAttempts()).isCloseTo(50.0, CLOSE);
        assertThat(q1.unanswered()).isEqualTo(1);
        assertThat(q1.attempts()).isEqualTo(6);
    }

    @Test
    void countsEveryOptionAMultipleResponseAttemptChose() {
        DistractorAnalysis q2 = statistics.question(1).distractors().orElseThrow();

        // {0,1}, {0}, {1}, {2,3}, {0,1,2}, {}: option 0 thrice, 1 thrice, 2 twice, 3 once
        assertThat(q2.options()).extracting(DistractorAnalysis.OptionCount::chosen).containsExactly(3, 3, 2, 1);
        assertThat(q2.unanswered()).isEqualTo(1);
        assertThat(statistics.question(2).distractors().orElseThrow().options())
                .extracting(DistractorAnalysis.OptionCount::chosen).containsExactly(4, 2);
    }

    @Test
    void hasNoDistractorAnalysisForAQuestionWithoutOptions() {
        assertThat(statistics.question(3).distractors()).isEmpty();
    }

    @Test
    void sortsTheTotalsIntoTenBandsOfTenPercent() {
        // 6/6 = 100% (last band, closed), 3.5/6 = 58.3%, 4/6 = 66.7%, 2.5/6 = 41.7%, 2/6 = 33.3%, 1/6 = 16.7%
        assertThat(statistics.histogram().bins()).extracting(ScoreHistogram.Bin::attempts)
                .containsExactly(0, 1, 0, 1, 1, 1, 1, 0, 0, 1);
    }

    static AttemptScores attempt(List<BigDecimal> scores, Set<Integer> q1, Set<Integer> q2, Set<Integer> q3) {
        return new AttemptScores(scores, List.of(q1, q2, q3, Set.of()));
    }

    static List<BigDecimal> scores(String... points) {
        return Arrays.stream(points).map(BigDecimal::new).toList();
    }

    static double value(OptionalDouble statistic) {
        assertThat(statistic).isPresent();
        return statistic.getAsDouble();
    }
}
