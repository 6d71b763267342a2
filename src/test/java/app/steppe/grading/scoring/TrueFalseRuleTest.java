package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.TrueFalse;

class TrueFalseRuleTest {

    private final TrueFalse troopsStayedForYears = new TrueFalse(false, null, null);

    @Test
    void givesFullMarksForTheRightVerdict() {
        assertThat(TrueFalseRule.score(troopsStayedForYears, new TrueFalseResponse(false))).isEqualTo(Mark.full());
    }

    @Test
    void givesNothingForTheWrongVerdict() {
        assertThat(TrueFalseRule.score(troopsStayedForYears, new TrueFalseResponse(true))).isEqualTo(Mark.zero());
    }
}
