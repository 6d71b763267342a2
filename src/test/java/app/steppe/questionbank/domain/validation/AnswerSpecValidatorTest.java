package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.SampleQuestions.aFillBlanks;
import static app.steppe.questionbank.domain.SampleQuestions.aMatching;
import static app.steppe.questionbank.domain.SampleQuestions.aMultipleResponse;
import static app.steppe.questionbank.domain.SampleQuestions.aNumeric;
import static app.steppe.questionbank.domain.SampleQuestions.aShortText;
import static app.steppe.questionbank.domain.SampleQuestions.aSingleChoice;
import static app.steppe.questionbank.domain.SampleQuestions.anEssay;
import static app.steppe.questionbank.domain.SampleQuestions.anOrdering;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

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
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.TrueFalse;

class AnswerSpecValidatorTest {

    private static final String Q = "questions[3]";
    private final AnswerSpecValidator validator = new AnswerSpecValidator();

    @Test
    void acceptsAValidSpecOfEveryType() {
        List<AnswerSpec> specs = List.of(aSingleChoice(), aMultipleResponse(), new TrueFalse(false, null, null), aNumeric(),
                aShortText(), aMatching(), anOrdering(), aFillBlanks(), anEssay());

        specs.forEach(spec -> assertThat(validator.validate(spec, Q)).as(spec.type().yamlName()).isEmpty());
    }

    @Test
    void requiresTwoToEightOptions() {
        assertThat(validate(new SingleChoice(List.of(ChoiceOption.right("only")), true)))
                .containsExactly(new Violation(Q + ".options", "question.options.tooFew", 1, 2));
        List<ChoiceOption> nine = IntStream.range(0, 9)
                .mapToObj(i -> i == 0 ? ChoiceOption.right("o0") : ChoiceOption.wrong("o" + i)).toList();
        assertThat(validate(new MultipleResponse(nine, MultipleResponse.Scoring.ALL_OR_NOTHING)))
                .containsExactly(new Violation(Q + ".options", "question.options.tooMany", 9, 8));
    }

    @Test
    void requiresExactlyOneCorrectOptionForSingleChoice() {
        assertThat(validate(new SingleChoice(List.of(ChoiceOption.wrong("a"), ChoiceOption.wrong("b")), true)))
                .containsExactly(new Violation(Q + ".options", "question.options.correct.notExactlyOne", 0L));
        assertThat(validate(new SingleChoice(List.of(ChoiceOption.right("a"), ChoiceOption.right("b")), true)))
                .containsExactly(new Violation(Q + ".options", "question.options.correct.notExactlyOne", 2L));
    }

    @Test
    void requiresAtLeastOneCorrectOptionForMultipleResponse() {
        assertThat(validate(new MultipleResponse(List.of(ChoiceOption.wrong("a"), ChoiceOption.wrong("b")),
                MultipleResponse.Scoring.RIGHT_MINUS_WRONG)))
                .containsExactly(new Violation(Q + ".options", "question.options.correct.none"));
    }

    @Test
    void checksEachOptionsTextAndFeedbackAndRefusesRepeatedOptions() {
        SingleChoice spec = new SingleChoice(List.of(new ChoiceOption(" ", true, null),
                new ChoiceOption("x".repeat(501), false, "f".repeat(5_001)),
                ChoiceOption.wrong("China"), ChoiceOption.wrong(" China ")), true);

        assertThat(validate(spec)).containsExactly(
                new Violation(Q + ".options[0].text", "question.option.text.missing"),
                new Violation(Q + ".options[1].text", "question.option.text.tooLong", 501, 500),
                new Violation(Q + ".options[1].feedback", "question.feedback.tooLong", 5_001, 5_000),
                new Violation(Q + ".options[3]", "question.option.duplicate", "China"));
    }

    @Test
    void limitsTrueFalseFeedback() {
        assertThat(validate(new TrueFalse(true, "t".repeat(5_001), "fine")))
                .containsExactly(new Violation(Q + ".feedback_true", "question.feedback.tooLong", 5_001, 5_000));
    }

    @Test
    void refusesNegativeTolerancesAndCreditsOutsideZeroToOne() {
        Numeric spec = new Numeric(new AcceptedNumber(new BigDecimal("2030"), new Tolerance.Absolute(new BigDecimal("-1")), BigDecimal.ONE),
                List.of(new AcceptedNumber(BigDecimal.TEN, new Tolerance.Percent(new BigDecimal("-2")), BigDecimal.ZERO),
                        new AcceptedNumber(BigDecimal.TEN, Tolerance.EXACT, new BigDecimal("1.5")),
                        new AcceptedNumber(BigDecimal.TEN, Tolerance.EXACT, BigDecimal.ONE)),
                "u".repeat(51));

        assertThat(validate(spec)).containsExactly(
                new Violation(Q + ".answer.tolerance", "question.tolerance.negative", "-1"),
                new Violation(Q + ".also[0].tolerance", "question.tolerance.negative", "-2"),
                new Violation(Q + ".also[0].credit", "question.credit.outOfRange", "0"),
                new Violation(Q + ".also[1].credit", "question.credit.outOfRange", "1.5"),
                new Violation(Q + ".unit", "question.unit.tooLong", 51, 50));
    }

    @Test
    void requiresAcceptedAnswersOneOfThemForFullCredit() {
        assertThat(validate(new ShortText(List.of(), false)))
                .containsExactly(new Violation(Q + ".answers", "question.answers.none"));
        assertThat(validate(new ShortText(List.of(new AcceptedText("Zhang", new BigDecimal("0.5"))), false)))
                .containsExactly(new Violation(Q + ".answers", "question.answers.noFullCredit"));
        assertThat(validate(new ShortText(List.of(AcceptedText.fullCredit("Zhang Xiao"), AcceptedText.fullCredit(""),
                AcceptedText.fullCredit("Zhang Xiao"), new AcceptedText("Zhang", new BigDecimal("2"))), false)))
                .containsExactly(
                        new Violation(Q + ".answers[1]", "question.answer.text.missing"),
                        new Violation(Q + ".answers[3].credit", "question.credit.outOfRange", "2"),
                        new Violation(Q + ".answers[2]", "question.answer.duplicate", "Zhang Xiao"));
    }

    @Test
    void requiresTwoToTenPairsWithoutRepeatsOnEitherSide() {
        assertThat(validate(new Matching(List.of(new MatchPair("a", "b")), List.of())))
                .containsExactly(new Violation(Q + ".pairs", "question.pairs.tooFew", 1, 2));
        List<MatchPair> eleven = IntStream.range(0, 11).mapToObj(i -> new MatchPair("l" + i, "r" + i)).toList();
        assertThat(validate(new Matching(eleven, List.of())))
                .containsExactly(new Violation(Q + ".pairs", "question.pairs.tooMany", 11, 10));
        assertThat(validate(new Matching(List.of(new MatchPair("a", "x"), new MatchPair("a", "x"), new MatchPair("", "y")), List.of())))
                .containsExactly(
                        new Violation(Q + ".pairs[2].left", "question.pair.text.missing"),
                        new Violation(Q + ".pairs[1]", "question.pairs.duplicateLeft", "a"),
                        new Violation(Q + ".pairs[1]", "question.pairs.duplicateRight", "x"));
    }

    @Test
    void refusesADistractorThatIsTheRightSideOfAPair() {
        Matching spec = new Matching(aMatching().pairs(), List.of("President of CICIR", " ", "Decoy", "Decoy"));

        assertThat(validate(spec)).containsExactly(
                new Violation(Q + ".distractors[0]", "question.distractor.matchesPair", "President of CICIR"),
                new Violation(Q + ".distractors[1]", "question.distractor.text.missing"),
                new Violation(Q + ".distractors[3]", "question.distractor.duplicate", "Decoy"));
    }

    @Test
    void requiresThreeToTenDistinctItemsToOrder() {
        assertThat(validate(new Ordering(List.of("a", "b"))))
                .containsExactly(new Violation(Q + ".items", "question.items.tooFew", 2, 3));
        assertThat(validate(new Ordering(IntStream.range(0, 11).mapToObj(i -> "item " + i).toList())))
                .containsExactly(new Violation(Q + ".items", "question.items.tooMany", 11, 10));
        assertThat(validate(new Ordering(List.of("a", "b", "a", "i".repeat(501)))))
                .containsExactly(
                        new Violation(Q + ".items[3]", "question.item.text.tooLong", 501, 500),
                        new Violation(Q + ".items[2]", "question.item.duplicate", "a"));
    }

    @Test
    void requiresTheGapsInTheTextToBeTheBlanksDefined() {
        Blank typed = new Blank.Typed(List.of(AcceptedText.fullCredit("x")));
        FillBlanks spec = new FillBlanks("[[1]] and [[1]] and [[3]] and [[0]]", List.of(typed, typed));

        assertThat(validate(spec)).containsExactly(
                new Violation(Q + ".text", "question.blanks.gapRepeated", 1),
                new Violation(Q + ".text", "question.blanks.gapWithoutBlank", 3, 2),
                new Violation(Q + ".text", "question.blanks.gapWithoutBlank", 0, 2),
                new Violation(Q + ".blanks[1]", "question.blanks.blankWithoutGap", 2));
    }

    @Test
    void requiresAtLeastOneBlankAndAText() {
        assertThat(validate(new FillBlanks(" ", List.of()))).containsExactly(
                new Violation(Q + ".text", "question.blanks.text.missing"),
                new Violation(Q + ".blanks", "question.blanks.none"));
    }

    @Test
    void checksTypedBlanksLikeShortTextAndChoiceBlanksLikeOptions() {
        FillBlanks spec = new FillBlanks("[[1]] [[2]] [[3]]", List.of(
                new Blank.Typed(List.of()),
                new Blank.Choice(List.of("CSTO"), "NATO"),
                new Blank.Choice(List.of("a", "a", ""), "a")));

        assertThat(validate(spec)).containsExactly(
                new Violation(Q + ".blanks[0].answers", "question.answers.none"),
                new Violation(Q + ".blanks[1].choices", "question.blank.choices.tooFew", 1, 2),
                new Violation(Q + ".blanks[1].answer", "question.blank.answerNotAChoice", "NATO"),
                new Violation(Q + ".blanks[2].choices[2]", "question.blank.choice.missing"),
                new Violation(Q + ".blanks[2].choices[1]", "question.blank.choice.duplicate", "a"));
    }

    @Test
    void requiresARubricAndAWordLimitOfOneToFiveThousand() {
        assertThat(validate(new Essay("", 0))).containsExactly(
                new Violation(Q + ".rubric", "question.rubric.missing"),
                new Violation(Q + ".max_words", "question.maxWords.outOfRange", 0, 1, 5_000));
        assertThat(validate(new Essay("r".repeat(10_001), 5_001))).containsExactly(
                new Violation(Q + ".rubric", "question.rubric.tooLong", 10_001, 10_000),
                new Violation(Q + ".max_words", "question.maxWords.outOfRange", 5_001, 1, 5_000));
        assertThat(validate(new Essay("Rubric", 5_000))).isEmpty();
    }

    private List<Violation> validate(AnswerSpec spec) {
        return validator.validate(spec, Q);
    }
}
