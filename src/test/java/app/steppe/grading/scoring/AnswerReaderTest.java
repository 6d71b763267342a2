package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;

class AnswerReaderTest {

    private static final SingleChoice CSTO_SIZE = new SingleChoice(List.of(
            new ChoiceOption("about 2,000", false, null), new ChoiceOption("2,030", true, null),
            new ChoiceOption("10,000", false, null)), true);

    private static AnswerForm form(Map<String, List<String>> fields) {
        return new AnswerForm(fields);
    }

    @Test
    void aChosenOptionIsNamedByItsAuthoredIndexNotByWhereItWasShown() {
        assertThat(AnswerReader.read(CSTO_SIZE, form(Map.of("", List.of("2,030"))), List.of()))
                .isEqualTo(ChoiceResponse.of(1));
    }

    @Test
    void aSingleChoiceFormWithTwoValuesCountsOnlyTheFirst() {
        assertThat(AnswerReader.read(CSTO_SIZE, form(Map.of("", List.of("10,000", "2,030"))), List.of()))
                .isEqualTo(ChoiceResponse.of(2));
    }

    @Test
    void multipleResponseKeepsEveryKnownOptionAndDropsTamperedOnes() {
        var spec = new MultipleResponse(CSTO_SIZE.options(), MultipleResponse.Scoring.ALL_OR_NOTHING);
        assertThat(AnswerReader.read(spec, form(Map.of("", List.of("2,030", "10,000", "<script>"))), List.of()))
                .isEqualTo(ChoiceResponse.of(1, 2));
        assertThat(AnswerReader.read(spec, form(Map.of("", List.of("nothing like it"))), List.of())).isEqualTo(Response.none());
    }

    @Test
    void trueFalseReadsOnlyTrueOrFalse() {
        var spec = new TrueFalse(true, null, null);
        assertThat(AnswerReader.read(spec, form(Map.of("", List.of("false"))), List.of())).isEqualTo(new TrueFalseResponse(false));
        assertThat(AnswerReader.read(spec, form(Map.of("", List.of("yes"))), List.of())).isEqualTo(Response.none());
    }

    @Test
    void typedAnswersAreTakenAsTypedAndABlankFormIsNoAnswer() {
        var spec = new ShortText(List.of(new AcceptedText("Tokayev", BigDecimal.ONE)), false);
        assertThat(AnswerReader.read(spec, form(Map.of("", List.of(" tokayev "))), List.of())).isEqualTo(new TextResponse(" tokayev "));
        assertThat(AnswerReader.read(spec, form(Map.of("", List.of("  "))), List.of())).isEqualTo(Response.none());
        assertThat(AnswerReader.read(new Essay("rubric", 300), form(Map.of("", List.of("Two lines\nof text"))), List.of()))
                .isEqualTo(new EssayResponse("Two lines\nof text"));
    }

    @Test
    void matchingNamesEachPairedRightItemByItsIndexAmongPairsThenDistractors() {
        var spec = new Matching(List.of(new MatchPair("CSTO", "Russia-led alliance"), new MatchPair("SCO", "China-led forum")),
                List.of("EU body"));
        var response = AnswerReader.read(spec, form(Map.of("0", List.of("EU body"), "1", List.of("China-led forum"))), List.of());
        assertThat(response).isEqualTo(new MatchingResponse(Map.of(0, 2, 1, 1)));
    }

    @Test
    void orderingSortsTheShownItemsByThePositionsGivenAndPutsUnplacedOnesLast() {
        var spec = new Ordering(List.of("protests", "CSTO request", "troops arrive", "troops leave"));
        var shown = List.of("troops leave", "protests", "troops arrive", "CSTO request");
        var response = AnswerReader.read(spec, form(Map.of("0", List.of("4"), "1", List.of("1"), "3", List.of("2"),
                "2", List.of("nine"))), shown);
        assertThat(response).isEqualTo(OrderingResponse.of(0, 1, 3, 2));
    }

    @Test
    void fillBlanksReadsOneValuePerBlankInTheBlanksOrder() {
        var spec = new FillBlanks("The border is [[1]] km long and runs through [[2]].",
                List.of(new Blank.Typed(List.of(new AcceptedText("1,783", BigDecimal.ONE))),
                        new Blank.Choice(List.of("Xinjiang", "Tibet"), "Xinjiang")));
        assertThat(AnswerReader.read(spec, form(Map.of("2", List.of("Xinjiang"), "1", List.of("1783"))), List.of()))
                .isEqualTo(BlanksResponse.of("1783", "Xinjiang"));
    }

    @Test
    void anAnswerFormRoundTripsThroughItsStoredJsonAndRefusesForeignFields() {
        var original = form(Map.of("", List.of("Қазақстан", "\"quoted\""), "3", List.of("x")));
        assertThat(AnswerForm.fromJson(original.toJson())).isEqualTo(original);
        assertThat(AnswerForm.fromParameters("q12", Map.of("q12", new String[] {"a"}, "q12[1]", new String[] {"b"},
                "q123", new String[] {"other question"}, "_csrf", new String[] {"t"})))
                .isEqualTo(form(Map.of("", List.of("a"), "1", List.of("b"))));
        assertThatThrownBy(() -> form(Map.of("name", List.of("x")))).isInstanceOf(IllegalArgumentException.class);
    }
}
