package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MarkTest {

    @Test
    void keepsFourDecimalsRoundingHalfUp() {
        assertThat(Mark.share(1, 3).fraction()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(Mark.share(2, 3).fraction()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(new Mark(new BigDecimal("0.12345"), false).fraction()).isEqualTo(new BigDecimal("0.1235"));
    }

    @Test
    void refusesAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> new Mark(new BigDecimal("1.0001"), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mark(new BigDecimal("-0.0001"), false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesPointsForAnAnswerStillAwaitingAGrader() {
        assertThatThrownBy(() -> new Mark(BigDecimal.ONE, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsACreditFromTheQuestionWithinZeroToOne() {
        assertThat(Mark.ofCredit(new BigDecimal("1.5")).fraction()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(Mark.ofCredit(new BigDecimal("-2")).fraction()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(Mark.ofCredit(new BigDecimal("0.5")).fraction()).isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void floorsANegativeShareAtZeroAndGivesNothingWhenThereIsNothingToEarn() {
        assertThat(Mark.share(-1, 3)).isEqualTo(Mark.zero());
        assertThat(Mark.share(2, 0)).isEqualTo(Mark.zero());
    }

    @Test
    void turnsTheFractionIntoPointsOfTheQuestion() {
        assertThat(Mark.share(1, 3).points(new BigDecimal("3"))).isEqualTo(new BigDecimal("0.9999"));
        assertThat(Mark.full().points(new BigDecimal("2.5"))).isEqualTo(new BigDecimal("2.5000"));
        assertThat(Mark.share(1, 2).points(new BigDecimal("0.5"))).isEqualTo(new BigDecimal("0.2500"));
        assertThat(Mark.zero().points(BigDecimal.TEN)).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void refusesANegativeMaximum() {
        assertThatThrownBy(() -> Mark.full().points(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
