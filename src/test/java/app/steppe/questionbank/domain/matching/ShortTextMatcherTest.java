package app.steppe.questionbank.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.ShortText;

class ShortTextMatcherTest {

    private final ShortTextMatcher matcher = new ShortTextMatcher(SpellingEquivalents.of(List.of(
            List.of("Tokayev", "Toqaev", "Tokaev"),
            List.of("Nazarbayev", "Nazarbaev"))));

    private final ShortText presidentQuestion = new ShortText(List.of(
            AcceptedText.fullCredit("Kassym-Jomart Tokayev"),
            AcceptedText.fullCredit("Tokayev"),
            new AcceptedText("the president", new BigDecimal("0.5"))), false);

    @Test
    void acceptsEquivalentSpellingsOfAName() {
        assertThat(matcher.creditFor("Toqaev", presidentQuestion)).isEqualByComparingTo("1");
        assertThat(matcher.creditFor("tokaev", presidentQuestion)).isEqualByComparingTo("1");
        assertThat(matcher.creditFor("Nazarbaev", shortText("Nazarbayev"))).isEqualByComparingTo("1");
    }

    @Test
    void ignoresHyphensCaseAndExtraSpaces() {
        assertThat(matcher.creditFor("  kassym jomart   tokayev ", presidentQuestion)).isEqualByComparingTo("1");
        assertThat(matcher.creditFor("Kassym-Jomart Toqaev.", presidentQuestion)).isEqualByComparingTo("1");
    }

    @Test
    void ignoresDiacritics() {
        assertThat(matcher.creditFor("Tókayev", presidentQuestion)).isEqualByComparingTo("1");
    }

    @Test
    void readsAnAbbreviationWithFullStopsAsTheSameLetters() {
        assertThat(matcher.creditFor(" C.S.T.O. ", new ShortText(List.of(AcceptedText.fullCredit("CSTO")), true)))
                .isEqualByComparingTo("1");
    }

    @Test
    void givesPartialCreditForAPartlyRightAnswer() {
        assertThat(matcher.creditFor("The President!", presidentQuestion)).isEqualByComparingTo("0.5");
    }

    @Test
    void givesTheBestCreditWhenSeveralAnswersMatch() {
        List<AcceptedText> accepted = List.of(new AcceptedText("CSTO", new BigDecimal("0.5")), AcceptedText.fullCredit("csto"));

        assertThat(matcher.bestMatch("CSTO", accepted, false)).contains(AcceptedText.fullCredit("csto"));
    }

    @Test
    void givesNothingForAWrongOrEmptyAnswer() {
        assertThat(matcher.creditFor("Nazarbayev", presidentQuestion)).isEqualByComparingTo("0");
        assertThat(matcher.creditFor("", presidentQuestion)).isEqualByComparingTo("0");
        assertThat(matcher.creditFor(null, presidentQuestion)).isEqualByComparingTo("0");
        assertThat(matcher.creditFor("Tokayev was there", presidentQuestion)).isEqualByComparingTo("0");
    }

    @Test
    void respectsCaseWhenTheQuestionIsCaseSensitive() {
        ShortText acronym = new ShortText(List.of(AcceptedText.fullCredit("CSTO")), true);

        assertThat(matcher.creditFor("CSTO", acronym)).isEqualByComparingTo("1");
        assertThat(matcher.creditFor("Csto", acronym)).isEqualByComparingTo("0");
        assertThat(matcher.creditFor("csto", acronym)).isEqualByComparingTo("0");
        assertThat(matcher.creditFor("Toqaev", new ShortText(List.of(AcceptedText.fullCredit("Tokayev")), true)))
                .isEqualByComparingTo("1");
    }

    private static ShortText shortText(String answer) {
        return new ShortText(List.of(AcceptedText.fullCredit(answer)), false);
    }
}
