package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;

class MatchingRuleTest {

    /** Rights 0–3 belong to lefts 0–3; right 4 ("Mongolia") is a distractor. */
    private final Matching whoSpokeForWhom = new Matching(List.of(
            new MatchPair("Zhang Xiao", "China's ambassador to Kazakhstan"),
            new MatchPair("Kassym-Jomart Tokayev", "Kazakhstan"),
            new MatchPair("Vladimir Putin", "Russia"),
            new MatchPair("Nikol Pashinyan", "CSTO chair in 2022")), List.of("Mongolia"));

    @Test
    void givesFullMarksWhenEveryLeftItemIsMatched() {
        MatchingResponse allRight = new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2, 3, 3));

        assertThat(MatchingRule.score(whoSpokeForWhom, allRight)).isEqualTo(Mark.full());
    }

    @Test
    void givesTheShareOfLeftItemsMatchedRight() {
        MatchingResponse twoOfFour = new MatchingResponse(Map.of(0, 0, 1, 1, 2, 3, 3, 2));

        assertThat(MatchingRule.score(whoSpokeForWhom, twoOfFour).fraction()).isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void countsALeftItemPairedWithADistractorOrLeftUnpairedAsWrong() {
        MatchingResponse oneRightOneDistractor = new MatchingResponse(Map.of(0, 0, 1, 4));

        assertThat(MatchingRule.score(whoSpokeForWhom, oneRightOneDistractor).fraction())
                .isEqualTo(new BigDecimal("0.2500"));
    }

    @Test
    void givesNothingWhenNothingIsPaired() {
        assertThat(MatchingRule.score(whoSpokeForWhom, new MatchingResponse(Map.of()))).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingWhenAPairingNamesAnItemTheQuestionDoesNotHave() {
        assertThat(MatchingRule.score(whoSpokeForWhom, new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2, 3, 5))))
                .isEqualTo(Mark.zero());
        assertThat(MatchingRule.score(whoSpokeForWhom, new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2, 4, 4))))
                .isEqualTo(Mark.zero());
        assertThat(MatchingRule.score(whoSpokeForWhom, new MatchingResponse(Map.of(-1, 0, 0, 0))))
                .isEqualTo(Mark.zero());
    }
}
