package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.SingleChoice;

class SingleChoiceRuleTest {

    /** Which organisation sent troops to Kazakhstan in January 2022? The right option is the second. */
    private final SingleChoice whoSentTroops = new SingleChoice(List.of(
            ChoiceOption.wrong("NATO"),
            ChoiceOption.right("CSTO"),
            ChoiceOption.wrong("SCO")), true);

    @Test
    void givesFullMarksForTheRightOption() {
        assertThat(SingleChoiceRule.score(whoSentTroops, ChoiceResponse.of(1))).isEqualTo(Mark.full());
    }

    @Test
    void givesNothingForAWrongOption() {
        assertThat(SingleChoiceRule.score(whoSentTroops, ChoiceResponse.of(0))).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingForTheRightOptionChosenTogetherWithAnother() {
        assertThat(SingleChoiceRule.score(whoSentTroops, ChoiceResponse.of(1, 2))).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingWhenNoOptionIsChosen() {
        assertThat(SingleChoiceRule.score(whoSentTroops, ChoiceResponse.of())).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingForAnOptionTheQuestionDoesNotHave() {
        assertThat(SingleChoiceRule.score(whoSentTroops, ChoiceResponse.of(3))).isEqualTo(Mark.zero());
        assertThat(SingleChoiceRule.score(whoSentTroops, ChoiceResponse.of(-1))).isEqualTo(Mark.zero());
    }
}
