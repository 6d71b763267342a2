package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

class FillBlanksRuleTest {

    private final SpellingEquivalents courseSpellings = SpellingEquivalents.of(List.of(List.of("Tokayev", "Toqaev")));

    /** "[[1]] asked the [[2]] for help; [[3]] troops came." Typed, drop-down, typed (a figure "2,000" earns half). */
    private final FillBlanks whoAskedWhom = new FillBlanks("[[1]] asked the [[2]] for help; [[3]] troops came.", List.of(
            new Blank.Typed(List.of(AcceptedText.fullCredit("Tokayev"))),
            new Blank.Choice(List.of("NATO", "CSTO", "SCO"), "CSTO"),
            new Blank.Typed(List.of(AcceptedText.fullCredit("2,030"), new AcceptedText("2,000", new BigDecimal("0.5"))))));

    @Test
    void givesFullMarksWhenEveryBlankIsRight() {
        Mark mark = FillBlanksRule.score(whoAskedWhom, BlanksResponse.of("Toqaev", "CSTO", "2,030"), courseSpellings);

        assertThat(mark).isEqualTo(Mark.full());
    }

    @Test
    void givesTheShareOfBlanksFilledRight() {
        Mark mark = FillBlanksRule.score(whoAskedWhom, BlanksResponse.of("tokayev", "CSTO", "5,000"), courseSpellings);

        assertThat(mark.fraction()).isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void countsThePartialCreditOfATypedBlank() {
        // (0 + 1 + 0.5) / 3
        Mark mark = FillBlanksRule.score(whoAskedWhom, BlanksResponse.of("Nazarbayev", "CSTO", "2,000"), courseSpellings);

        assertThat(mark.fraction()).isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void takesADropDownChoiceOnlyByItsExactText() {
        Mark mark = FillBlanksRule.score(whoAskedWhom, BlanksResponse.of("Tokayev", "csto", "2,030"), courseSpellings);

        assertThat(mark.fraction()).isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void givesNothingForEmptyBlanks() {
        assertThat(FillBlanksRule.score(whoAskedWhom, BlanksResponse.of("", "", ""), courseSpellings)).isEqualTo(Mark.zero());
    }

    @Test
    void givesNothingWhenTheValuesDoNotMatchTheBlanksOneToOne() {
        assertThat(FillBlanksRule.score(whoAskedWhom, BlanksResponse.of("Tokayev", "CSTO"), courseSpellings))
                .isEqualTo(Mark.zero());
        assertThat(FillBlanksRule.score(whoAskedWhom, BlanksResponse.of("Tokayev", "CSTO", "2,030", "extra"),
                courseSpellings)).isEqualTo(Mark.zero());
    }
}
