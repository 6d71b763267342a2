package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

class ScoringRulesTest {

    private static final SpellingEquivalents COURSE_SPELLINGS =
            SpellingEquivalents.of(List.of(List.of("Tokayev", "Toqaev", "Tokaev")));

    private static final SingleChoice WHO_SENT_TROOPS =
            new SingleChoice(List.of(ChoiceOption.wrong("NATO"), ChoiceOption.right("CSTO")), true);
    private static final MultipleResponse CSTO_MEMBERS = new MultipleResponse(List.of(
            ChoiceOption.right("Russia"), ChoiceOption.right("Armenia"), ChoiceOption.wrong("China")),
            MultipleResponse.Scoring.RIGHT_MINUS_WRONG);
    private static final TrueFalse TROOPS_WITHDREW_IN_JANUARY = new TrueFalse(true, null, null);
    private static final Numeric CONTINGENT_SIZE = new Numeric(AcceptedNumber.exactly(new BigDecimal("2030")), List.of(), null);
    private static final ShortText PRESIDENT = new ShortText(List.of(AcceptedText.fullCredit("Tokayev")), false);
    private static final Matching WHO_SPOKE_FOR_WHOM = new Matching(List.of(
            new MatchPair("Zhang Xiao", "China"), new MatchPair("Vladimir Putin", "Russia")), List.of());
    private static final Ordering JANUARY_EVENTS = new Ordering(List.of("Fuel prices", "Protests", "CSTO arrives"));
    private static final FillBlanks WHO_ASKED = new FillBlanks("[[1]] asked for help.",
            List.of(new Blank.Typed(List.of(AcceptedText.fullCredit("Tokayev")))));
    private static final Essay WHY_THE_CSTO_CAME = new Essay("Names Tokayev's request.", 300);

    static Stream<Arguments> eachTypeWithAFullyRightResponse() {
        return Stream.of(
                arguments(WHO_SENT_TROOPS, ChoiceResponse.of(1)),
                arguments(CSTO_MEMBERS, ChoiceResponse.of(0, 1)),
                arguments(TROOPS_WITHDREW_IN_JANUARY, new TrueFalseResponse(true)),
                arguments(CONTINGENT_SIZE, new TextResponse("2,030 troops")),
                arguments(PRESIDENT, new TextResponse("Toqaev")),
                arguments(WHO_SPOKE_FOR_WHOM, new MatchingResponse(Map.of(0, 0, 1, 1))),
                arguments(JANUARY_EVENTS, OrderingResponse.of(0, 1, 2)),
                arguments(WHO_ASKED, BlanksResponse.of("Tokaev")));
    }

    @ParameterizedTest
    @MethodSource("eachTypeWithAFullyRightResponse")
    void scoresEachTypeByItsOwnRule(AnswerSpec spec, Response response) {
        assertThat(ScoringRules.score(spec, response, COURSE_SPELLINGS)).isEqualTo(Mark.full());
    }

    @Test
    void passesPartialCreditThrough() {
        assertThat(ScoringRules.score(CSTO_MEMBERS, ChoiceResponse.of(0), COURSE_SPELLINGS).fraction())
                .isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void leavesAnEssayToAGrader() {
        Mark mark = ScoringRules.score(WHY_THE_CSTO_CAME, new EssayResponse("He asked for help."), COURSE_SPELLINGS);

        assertThat(mark).isEqualTo(Mark.awaitingManualGrading());
    }

    @Test
    void matchesWithoutEquivalentSpellingsWhenNoneAreGiven() {
        assertThat(ScoringRules.score(PRESIDENT, new TextResponse("Tokayev"), null)).isEqualTo(Mark.full());
        assertThat(ScoringRules.score(PRESIDENT, new TextResponse("Toqaev"), null)).isEqualTo(Mark.zero());
    }

    static Stream<AnswerSpec> everyType() {
        return Stream.of(WHO_SENT_TROOPS, CSTO_MEMBERS, TROOPS_WITHDREW_IN_JANUARY, CONTINGENT_SIZE, PRESIDENT,
                WHO_SPOKE_FOR_WHOM, JANUARY_EVENTS, WHO_ASKED, WHY_THE_CSTO_CAME);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void givesNothingForNoAnswer(AnswerSpec spec) {
        assertThat(ScoringRules.score(spec, Response.none(), COURSE_SPELLINGS)).isEqualTo(Mark.zero());
        assertThat(ScoringRules.score(spec, null, COURSE_SPELLINGS)).isEqualTo(Mark.zero());
    }

    /** Responses that would earn full marks on another type of question. */
    static Stream<Arguments> eachTypeWithAResponseOfTheWrongShape() {
        return Stream.of(
                arguments(WHO_SENT_TROOPS, new TextResponse("CSTO")),
                arguments(CSTO_MEMBERS, new MatchingResponse(Map.of(0, 0, 1, 1))),
                arguments(TROOPS_WITHDREW_IN_JANUARY, ChoiceResponse.of(1)),
                arguments(CONTINGENT_SIZE, BlanksResponse.of("2030")),
                arguments(PRESIDENT, new EssayResponse("Tokayev")),
                arguments(WHO_SPOKE_FOR_WHOM, OrderingResponse.of(0, 1)),
                arguments(JANUARY_EVENTS, new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2))),
                arguments(WHO_ASKED, new TextResponse("Tokayev")),
                arguments(WHY_THE_CSTO_CAME, new TextResponse("He asked for help.")));
    }

    @ParameterizedTest
    @MethodSource("eachTypeWithAResponseOfTheWrongShape")
    void givesNothingForAResponseOfTheWrongShape(AnswerSpec spec, Response response) {
        assertThat(ScoringRules.score(spec, response, COURSE_SPELLINGS)).isEqualTo(Mark.zero());
    }
}
