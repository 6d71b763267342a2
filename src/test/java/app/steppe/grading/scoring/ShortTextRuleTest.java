package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

class ShortTextRuleTest {

    private final SpellingEquivalents courseSpellings = SpellingEquivalents.of(List.of(
            List.of("Tokayev", "Toqaev", "Tokaev"),
            List.of("Nazarbayev", "Nazarbaev")));

    /** Who is the president of Kazakhstan? "Tokayev"; "the president" earns half. */
    private final ShortText whoIsPresident = new ShortText(List.of(
            AcceptedText.fullCredit("Kassym-Jomart Tokayev"),
            AcceptedText.fullCredit("Tokayev"),
            new AcceptedText("the president", new BigDecimal("0.5"))), false);

    /** Which alliance sent troops? Only the abbreviation in capitals. */
    private final ShortText whichAllianceCaseSensitive = new ShortText(List.of(AcceptedText.fullCredit("CSTO")), true);

    @Test
    void acceptsTheAnswerAsWritten() {
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("Tokayev"), courseSpellings)).isEqualTo(Mark.full());
    }

    @Test
    void acceptsAnEquivalentSpellingOfTheName() {
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("Toqaev"), courseSpellings)).isEqualTo(Mark.full());
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("Kassym-Jomart Tokaev"), courseSpellings))
                .isEqualTo(Mark.full());
    }

    @Test
    void rejectsAnotherSpellingWhenTheCourseListsNoEquivalents() {
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("Toqaev"), SpellingEquivalents.none()))
                .isEqualTo(Mark.zero());
    }

    @Test
    void ignoresDiacriticsCaseAndPunctuation() {
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("  tókayev! "), courseSpellings))
                .isEqualTo(Mark.full());
    }

    @Test
    void respectsCaseWhenTheQuestionIsCaseSensitive() {
        assertThat(ShortTextRule.score(whichAllianceCaseSensitive, new TextResponse("CSTO"), courseSpellings))
                .isEqualTo(Mark.full());
        assertThat(ShortTextRule.score(whichAllianceCaseSensitive, new TextResponse("csto"), courseSpellings))
                .isEqualTo(Mark.zero());
    }

    @Test
    void givesTheCreditOfAPartlyRightAnswer() {
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("The President"), courseSpellings).fraction())
                .isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void givesNothingForAWrongOrEmptyAnswer() {
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("Nazarbayev"), courseSpellings))
                .isEqualTo(Mark.zero());
        assertThat(ShortTextRule.score(whoIsPresident, new TextResponse("  "), courseSpellings)).isEqualTo(Mark.zero());
    }
}
