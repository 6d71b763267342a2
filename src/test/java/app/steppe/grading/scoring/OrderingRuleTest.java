package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.Ordering;

class OrderingRuleTest {

    /** The January 2022 events in the order they happened: items 0, 1, 2, 3. */
    private final Ordering januaryEvents = new Ordering(List.of(
            "Fuel prices double",
            "Protests spread to Almaty",
            "Tokayev asks the CSTO for help",
            "The CSTO contingent withdraws"));

    @Test
    void givesFullMarksForTheCorrectOrder() {
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(0, 1, 2, 3))).isEqualTo(Mark.full());
    }

    @Test
    void givesNothingForTheFullyReversedOrder() {
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(3, 2, 1, 0))).isEqualTo(Mark.zero());
    }

    @Test
    void givesFiveSixthsForOneSwapOfNeighbours() {
        // of the 6 pairs only (1, 2) is out of order
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(0, 2, 1, 3)).fraction())
                .isEqualTo(new BigDecimal("0.8333"));
    }

    @Test
    void givesTheShareOfPairsInTheRightRelativeOrder() {
        // last item moved to the front: the 3 pairs (0,3), (1,3), (2,3) are out of order, 3 of 6 are right
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(3, 0, 1, 2)).fraction())
                .isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void givesNothingWhenAnItemIsMissingOrRepeated() {
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(0, 1, 2))).isEqualTo(Mark.zero());
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(0, 1, 1, 2))).isEqualTo(Mark.zero());
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(0, 1, 2, 3, 3))).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingWhenTheOrderNamesAnItemTheQuestionDoesNotHave() {
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(0, 1, 2, 4))).isEqualTo(Mark.zero());
        assertThat(OrderingRule.score(januaryEvents, OrderingResponse.of(-1, 0, 1, 2))).isEqualTo(Mark.zero());
    }
}
