package app.steppe.grading.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticsScoreHistogramTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void putsATotalOnABoundaryIntoTheBandItOpens() {
        // 3 of 10 = 30% opens [30, 40); 1 of 10 = 10% opens [10, 20); 0 is in [0, 10)
        ScoreHistogram histogram = ScoreHistogram.of(totals("3", "1", "0"), TEN, 10);

        assertThat(histogram.bins()).extracting(ScoreHistogram.Bin::attempts)
                .containsExactly(1, 1, 0, 1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void keepsFullMarksInTheLastBandWhichIsClosed() {
        ScoreHistogram histogram = ScoreHistogram.of(totals("10", "9.9999", "9"), TEN, 10);

        ScoreHistogram.Bin last = histogram.bins().get(9);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.includesUpperBound()).isTrue();
        assertThat(last.fromPercent()).isEqualTo(90.0);
        assertThat(last.toPercent()).isEqualTo(100.0);
        assertThat(histogram.bins().get(8).includesUpperBound()).isFalse();
    }

    @Test
    void doesNotLetARoundingErrorMoveATotalIntoTheBandBelow() {
        // 8.1 of 9 is exactly 90%, but in doubles 8.1 / 9 × 100 = 89.99999999999999, which would floor to [80, 90)
        ScoreHistogram histogram = ScoreHistogram.of(totals("8.1"), new BigDecimal("9"), 10);

        assertThat(histogram.bins().get(9).attempts()).isEqualTo(1);
    }

    @Test
    void takesAnyNumberOfBands() {
        ScoreHistogram quarters = ScoreHistogram.of(totals("2", "5", "7.5", "10"), TEN, 4);

        assertThat(quarters.bins()).extracting(ScoreHistogram.Bin::attempts).containsExactly(1, 0, 1, 2);
        assertThat(quarters.bins()).extracting(ScoreHistogram.Bin::fromPercent).containsExactly(0.0, 25.0, 50.0, 75.0);
    }

    @Test
    void refusesATotalOutsideTheRange() {
        assertThatThrownBy(() -> ScoreHistogram.of(totals("10.5"), TEN, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> totals(String... totals) {
        return Arrays.stream(totals).map(BigDecimal::new).toList();
    }
}
