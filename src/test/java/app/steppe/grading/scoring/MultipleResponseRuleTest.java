package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.MultipleResponse.Scoring;

class MultipleResponseRuleTest {

    /** Options 0, 1 and 2 are right (k = 3); 3 and 4 are wrong. */
    private static MultipleResponse cstoMembersScoredBy(Scoring scoring) {
        return new MultipleResponse(List.of(
                ChoiceOption.right("Russia"),
                ChoiceOption.right("Armenia"),
                ChoiceOption.right("Tajikistan"),
                ChoiceOption.wrong("China"),
                ChoiceOption.wrong("Turkey")), scoring);
    }

    private final MultipleResponse rightMinusWrong = cstoMembersScoredBy(Scoring.RIGHT_MINUS_WRONG);
    private final MultipleResponse allOrNothing = cstoMembersScoredBy(Scoring.ALL_OR_NOTHING);

    @Test
    void givesFullMarksForExactlyTheRightOptions() {
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(0, 1, 2))).isEqualTo(Mark.full());
    }

    @Test
    void givesAThirdForEachRightOptionChosen() {
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(0)).fraction())
                .isEqualTo(new BigDecimal("0.3333"));
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(0, 2)).fraction())
                .isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void takesAThirdAwayForEachWrongOptionChosen() {
        Mark twoRightOneWrong = MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(0, 1, 3));

        assertThat(twoRightOneWrong.fraction()).isEqualTo(new BigDecimal("0.3333"));
    }

    @Test
    void neverGoesBelowZeroWhenWrongOptionsOutnumberRightOnes() {
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(3, 4))).isEqualTo(Mark.zero());
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(0, 3, 4))).isEqualTo(Mark.zero());
    }

    @Test
    void givesOnlyTheRightsLessTheWrongsForChoosingEveryOption() {
        // 3 right − 2 wrong = 1/3: choosing everything does not pay
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(0, 1, 2, 3, 4)).fraction())
                .isEqualTo(new BigDecimal("0.3333"));
    }

    @Test
    void givesAllOrNothingOnlyForExactlyTheRightOptions() {
        assertThat(MultipleResponseRule.score(allOrNothing, ChoiceResponse.of(0, 1, 2))).isEqualTo(Mark.full());
        assertThat(MultipleResponseRule.score(allOrNothing, ChoiceResponse.of(0, 1))).isEqualTo(Mark.zero());
        assertThat(MultipleResponseRule.score(allOrNothing, ChoiceResponse.of(0, 1, 2, 3))).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingWhenNoOptionIsChosen() {
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of())).isEqualTo(Mark.zero());
        assertThat(MultipleResponseRule.score(allOrNothing, ChoiceResponse.of())).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingWhenAChoiceNamesAnOptionTheQuestionDoesNotHave() {
        assertThat(MultipleResponseRule.score(rightMinusWrong, ChoiceResponse.of(0, 1, 2, 5))).isEqualTo(Mark.zero());
        assertThat(MultipleResponseRule.score(allOrNothing, ChoiceResponse.of(0, 1, 2, -1))).isEqualTo(Mark.zero());
    }
}
