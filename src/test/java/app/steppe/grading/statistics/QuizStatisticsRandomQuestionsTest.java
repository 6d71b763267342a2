package app.steppe.grading.statistics;

import static app.steppe.grading.statistics.QuizStatisticsCalculatorTest.FOUR_QUESTIONS;
import static app.steppe.grading.statistics.QuizStatisticsCalculatorTest.SIX_ATTEMPTS;
import static app.steppe.grading.statistics.QuizStatisticsCalculatorTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Questions drawn at random, so that attempts ask different questions: as Moodle does for random questions, each
 * question's statistics use only the attempts that asked it, the test statistics every attempt's total.
 *
 * <pre>
 *            A      B      C      Q single choice   total (of 3)
 * attempt 1  1      1      –      1 {2}             3
 * attempt 2  0      –      1      1 {2}             2
 * attempt 3  –      0      0      0 {1}             0
 * attempt 4  1      0      –      0 {}              1
 * attempt 5  1      1      1      –                 3
 * attempt 6  0      0      1      –                 1
 * </pre>
 */
class QuizStatisticsRandomQuestionsTest {

    private static final Offset<Double> CLOSE = within(1e-9);

    private static final QuestionSlot Q = QuestionSlot.choice(BigDecimal.ONE, RandomGuessScore.singleChoice(4), 4);

    private static final List<QuestionSlot> A_B_C_Q = List.of(QuestionSlot.other(BigDecimal.ONE),
            QuestionSlot.other(BigDecimal.ONE), QuestionSlot.other(BigDecimal.ONE), Q);

    private static final List<AttemptScores> SIX_DRAWN_ATTEMPTS = List.of(
            attempt("1", "1", "-", "1", Set.of(2)),
            attempt("0", "-", "1", "1", Set.of(2)),
            attempt("-", "0", "0", "0", Set.of(1)),
            attempt("1", "0", "-", "0", Set.of()),
            attempt("1", "1", "1", "-", Set.of()),
            attempt("0", "0", "1", "-", Set.of()));

    private final QuizStatistics statistics = QuizStatisticsCalculator.calculate(A_B_C_Q, SIX_DRAWN_ATTEMPTS);

    @Test
    void computesAQuestionsStatisticsOverTheAttemptsThatAskedItAlone() {
        // attempts 1 to 4 asked Q: x = 1, 1, 0, 0 and the rest of their totals X = 2, 1, 0, 1
        double[] x = {1, 1, 0, 0};
        double[] rest = {2, 1, 0, 1};
        QuestionStatistics alone = QuestionStatistics.of(3, Q, x, rest, Optional.empty());

        QuestionStatistics q = statistics.question(3);

        assertThat(q.attempts()).isEqualTo(4);
        assertThat(value(q.facilityIndex())).isCloseTo(value(alone.facilityIndex()), CLOSE);
        assertThat(value(q.standardDeviation())).isCloseTo(value(alone.standardDeviation()), CLOSE);
        assertThat(value(q.discriminationIndex())).isCloseTo(value(alone.discriminationIndex()), CLOSE);
        assertThat(value(q.discriminativeEfficiency())).isCloseTo(value(alone.discriminativeEfficiency()), CLOSE);
        // by hand: F = 100 × 2/4; V(x) = 4 × ¼ / 3 = 1/3; C(x, X) = (½ × 1 + ½ × 0 − ½ × −1 − ½ × 0) / 3 = 1/3,
        // V(X) = (1 + 0 + 1 + 0) / 3 = 2/3, so D = 100 (1/3) / sqrt(1/3 × 2/3) = 100/√2; sorted, C_max = 1/3: DE = 100
        assertThat(value(q.facilityIndex())).isCloseTo(50.0, CLOSE);
        assertThat(value(q.standardDeviation())).isCloseTo(Math.sqrt(1.0 / 3), CLOSE);
        assertThat(value(q.discriminationIndex())).isCloseTo(100 / Math.sqrt(2), CLOSE);
        assertThat(value(q.discriminativeEfficiency())).isCloseTo(100.0, CLOSE);
    }

    @Test
    void countsForEachQuestionTheAttemptsThatAskedIt() {
        assertThat(statistics.questions()).extracting(QuestionStatistics::attempts).containsExactly(5, 5, 4, 4);
        assertThat(statistics.everyAttemptAskedEveryQuestion()).isFalse();
    }

    @Test
    void takesTheTestStatisticsOverEveryAttemptsTotal() {
        // totals 3, 2, 0, 1, 3, 1, each attempt worth 3 points: mean 10/6, median (1 + 2) / 2
        TestStatistics test = statistics.test();

        assertThat(test.attempts()).isEqualTo(6);
        assertThat(test.maxTotal()).isEqualTo(3.0);
        assertThat(value(test.mean())).isCloseTo(10.0 / 6, CLOSE);
        assertThat(value(test.median())).isCloseTo(1.5, CLOSE);
        assertThat(value(test.meanPercent())).isCloseTo(100.0 * 10 / 18, CLOSE);
        assertThat(test.standardDeviation()).isPresent();
        assertThat(statistics.histogram().totalAttempts()).isEqualTo(6);
    }

    @Test
    void leavesInternalConsistencyAndWhatFollowsFromItEmptyWhenAttemptsAskedDifferentQuestions() {
        TestStatistics test = statistics.test();

        assertThat(test.internalConsistency()).isEmpty();
        assertThat(test.errorRatio()).isEmpty();
        assertThat(test.standardError()).isEmpty();
    }

    @Test
    void keepsInternalConsistencyWhenEveryAttemptAskedEveryQuestion() {
        // SIX_ATTEMPTS again, each question given as asked through the factory for drawn attempts
        List<AttemptScores> allAsked = SIX_ATTEMPTS.stream().map(attempt -> AttemptScores.ofAsked(
                attempt.scores().stream().map(Optional::of).toList(), attempt.chosenOptions())).toList();

        QuizStatistics full = QuizStatisticsCalculator.calculate(FOUR_QUESTIONS, allAsked);

        assertThat(value(full.test().internalConsistency())).isCloseTo(55.07246376811594, CLOSE);
        assertThat(value(full.test().standardError())).isCloseTo(1.1737877907772674, CLOSE);
        assertThat(full.everyAttemptAskedEveryQuestion()).isTrue();
        assertThat(full.question(0).attempts()).isEqualTo(6);
    }

    @Test
    void givesAQuestionAskedOnceItsFacilityAndNoSpreadNorDiscrimination() {
        List<QuestionSlot> twoQuestions = List.of(QuestionSlot.other(BigDecimal.ONE),
                QuestionSlot.other(BigDecimal.ONE));
        List<AttemptScores> attempts = List.of(drawn("1", "1"), drawn("0", "-"), drawn("1", "-"));

        QuestionStatistics once = QuizStatisticsCalculator.calculate(twoQuestions, attempts).question(1);

        assertThat(once.attempts()).isOne();
        assertThat(value(once.facilityIndex())).isEqualTo(100.0);
        assertThat(List.of(once.standardDeviation(), once.discriminationIndex(), once.discriminativeEfficiency()))
                .allMatch(s -> s.isEmpty());
        assertThat(once.isFlagged(QuestionFlag.DISCRIMINATES_NEGATIVELY)).isFalse();
    }

    @Test
    void countsTheOptionsChosenOnlyInTheAttemptsThatAskedTheQuestion() {
        DistractorAnalysis q = statistics.question(3).distractors().orElseThrow();

        // attempts 1 and 2 chose option 2, attempt 3 option 1, attempt 4 none; attempts 5 and 6 never saw Q
        assertThat(q.attempts()).isEqualTo(4);
        assertThat(q.options()).extracting(DistractorAnalysis.OptionCount::chosen).containsExactly(0, 1, 2, 0);
        assertThat(q.options().get(2).percentOfAttempts()).isCloseTo(50.0, CLOSE);
        assertThat(q.unanswered()).isOne();
    }

    @Test
    void comparesAttemptsWorthDifferentMaximaAsPercentagesOfTheirOwn() {
        // P1 1 point, P2 2 points, P3 1 point; the attempts score 2 of 3, 2 of 2 and 2 of 3: 66.7 %, 100 %, 66.7 %
        List<QuestionSlot> worthDifferently = List.of(QuestionSlot.other(BigDecimal.ONE),
                QuestionSlot.other(new BigDecimal("2")), QuestionSlot.other(BigDecimal.ONE));
        List<AttemptScores> attempts = List.of(drawn("1", "1", "-"), drawn("1", "-", "1"), drawn("-", "2", "0"));

        QuizStatistics drawn = QuizStatisticsCalculator.calculate(worthDifferently, attempts);

        assertThat(drawn.test().maxTotal()).isEqualTo(100.0);
        assertThat(value(drawn.test().meanPercent())).isCloseTo((200.0 / 3 + 100 + 200.0 / 3) / 3, CLOSE);
        assertThat(value(drawn.test().medianPercent())).isCloseTo(200.0 / 3, CLOSE);
        assertThat(drawn.histogram().bins()).extracting(ScoreHistogram.Bin::attempts)
                .containsExactly(0, 0, 0, 0, 0, 0, 2, 0, 0, 1);
    }

    @Test
    void refusesAScoreOrAChoiceForAQuestionTheAttemptDidNotAsk() {
        assertThatThrownBy(() -> new AttemptScores(List.of(BigDecimal.ONE), List.of(Set.of()), Set.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not asked");
        assertThatThrownBy(() -> AttemptScores.ofAsked(List.of(Optional.empty()), List.of(Set.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AttemptScores attempt(String a, String b, String c, String q, Set<Integer> chosenInQ) {
        return AttemptScores.ofAsked(asked(a, b, c, q), List.of(Set.of(), Set.of(), Set.of(), chosenInQ));
    }

    /** "-" for a question the attempt did not ask. */
    private static AttemptScores drawn(String... points) {
        return AttemptScores.ofAsked(asked(points), Arrays.stream(points).map(p -> Set.<Integer>of()).toList());
    }

    private static List<Optional<BigDecimal>> asked(String... points) {
        return Arrays.stream(points)
                .map(p -> p.equals("-") ? Optional.<BigDecimal>empty() : Optional.of(new BigDecimal(p))).toList();
    }
}
