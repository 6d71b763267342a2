package app.steppe.grading.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.steppe.grading.scoring.MultipleResponseRule;
import app.steppe.questionbank.domain.ChoiceOption;

class StatisticsRandomGuessScoreTest {

    @Test
    void givesOneOverTheOptionCountForSingleChoice() {
        assertThat(RandomGuessScore.singleChoice(4)).isEqualTo(0.25);
        assertThat(RandomGuessScore.singleChoice(5)).isEqualTo(0.2);
    }

    @Test
    void givesAHalfForTrueFalse() {
        assertThat(RandomGuessScore.trueFalse()).isEqualTo(0.5);
    }

    @Test
    void givesOneSubsetInTwoToTheNForAllOrNothingMultipleResponse() {
        assertThat(RandomGuessScore.multipleResponseAllOrNothing(4, 2)).isEqualTo(1.0 / 16);
    }

    @Test
    void averagesRightMinusWrongOverEverySubsetOfTheOptions() {
        // 2 right of 4: of the 16 subsets, one right and no wrong (2 subsets) earn ½, both right and no wrong (1)
        // earn 1, both right and one wrong (2) earn ½: (1 + 1 + 1)/16
        assertThat(RandomGuessScore.multipleResponseRightMinusWrong(4, 2)).isCloseTo(3.0 / 16, within(1e-12));
    }

    @Test
    void agreesWithTheScoringRuleAveragedOverEverySubsetOfTheOptions() {
        for (int right = 1; right <= 5; right++) {
            for (int wrong = 0; wrong <= 3; wrong++) {
                assertThat(RandomGuessScore.multipleResponseRightMinusWrong(right + wrong, right))
                        .as("%d right, %d wrong", right, wrong)
                        .isCloseTo(rightMinusWrongAveragedOverAllSubsets(right, wrong), within(1e-3));
            }
        }
    }

    @Test
    void givesNothingForOtherTypesOrAMultipleResponseWithoutARightOption() {
        assertThat(RandomGuessScore.otherType()).isZero();
        assertThat(RandomGuessScore.multipleResponseRightMinusWrong(3, 0)).isZero();
    }

    @Test
    void refusesMoreRightOptionsThanOptions() {
        assertThatThrownBy(() -> RandomGuessScore.multipleResponseRightMinusWrong(2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomGuessScore.singleChoice(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Brute force with the real rule (its marks are rounded to 4 places, hence the looser tolerance above). */
    private static double rightMinusWrongAveragedOverAllSubsets(int right, int wrong) {
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < right + wrong; i++) {
            options.add(i < right ? ChoiceOption.right("right " + i) : ChoiceOption.wrong("wrong " + i));
        }
        int n = options.size();
        BigDecimal sum = BigDecimal.ZERO;
        for (int mask = 0; mask < (1 << n); mask++) {
            Set<Integer> chosen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(i);
                }
            }
            sum = sum.add(MultipleResponseRule.rightMinusWrong(options, chosen).fraction());
        }
        return sum.doubleValue() / (1 << n);
    }
}
