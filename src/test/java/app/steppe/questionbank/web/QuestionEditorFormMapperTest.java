package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionEditorForms.READING;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.ChoiceOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.validation.QuestionValidator;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.questionbank.web.QuestionForm.AcceptedRow;
import app.steppe.questionbank.web.QuestionForm.CitationRow;
import app.steppe.questionbank.web.QuestionForm.NumberRow;

class QuestionEditorFormMapperTest {

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void aFormOfEveryTypeSurvivesTheTripToContentAndBack(QuestionType type) {
        QuestionForm form = QuestionEditorForms.valid(type, "round-trip");

        QuestionFormMapper.Mapped mapped = QuestionFormMapper.toContent(form, READING);

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.content().type()).isEqualTo(type);
        assertThat(QuestionFormMapper.toForm(mapped.content(), null)).isEqualTo(form);
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void theValidFormsMakeQuestionsThatKeepEveryRule(QuestionType type) {
        QuestionContent content = QuestionFormMapper.toContent(QuestionEditorForms.valid(type, "valid"), READING).content();

        assertThat(new QuestionValidator().validate(content, "")).isEmpty();
    }

    @Test
    void untouchedOptionRowsAtTheEndAreLeftOutAndOthersKeepTheirPlace() {
        QuestionForm form = QuestionFormMapper.blank(QuestionType.SINGLE_CHOICE, READING, "the 2,030-strong contingent")
                .withOptions(List.of(new QuestionForm.OptionRow("2,030", true, ""), QuestionForm.OptionRow.empty(),
                        new QuestionForm.OptionRow("2,300", false, ""), QuestionForm.OptionRow.empty(),
                        QuestionForm.OptionRow.empty()));

        var answer = (SingleChoice) QuestionFormMapper.toContent(form, READING).content().answer();

        assertThat(answer.options()).extracting(ChoiceOption::text).containsExactly("2,030", "", "2,300");
    }

    @Test
    void numbersAreReadAsAuthorsWriteThem() {
        QuestionEditorForms.Builder b = builder(QuestionType.NUMERIC);
        b.numeric = new NumberRow("2,030", "2%", "");
        b.also = List.of(new NumberRow("3,5", "0.5", "0,5"));
        b.points = "";

        QuestionFormMapper.Mapped mapped = QuestionFormMapper.toContent(b.build(), READING);

        Numeric numeric = (Numeric) mapped.content().answer();
        assertThat(mapped.problems()).isEmpty();
        assertThat(numeric.answer().value()).isEqualByComparingTo("2030");
        assertThat(numeric.answer().tolerance()).isEqualTo(new Tolerance.Percent(new BigDecimal("2")));
        AcceptedNumber also = numeric.alsoAccepted().get(0);
        assertThat(also.value()).isEqualByComparingTo("3.5");
        assertThat(also.tolerance()).isEqualTo(new Tolerance.Absolute(new BigDecimal("0.5")));
        assertThat(also.credit()).isEqualByComparingTo("0.5");
        assertThat(mapped.content().points()).isEqualByComparingTo(QuestionContent.DEFAULT_POINTS);
    }

    @Test
    void numbersThatAreNotNumbersBecomeProblemsAtTheirPathsNotExceptions() {
        QuestionEditorForms.Builder b = builder(QuestionType.NUMERIC);
        b.points = "one";
        b.numeric = new NumberRow("", "12 km", "");
        b.also = List.of(new NumberRow("1800", "0", "half"));

        QuestionFormMapper.Mapped mapped = QuestionFormMapper.toContent(b.build(), READING);

        assertThat(mapped.problems()).containsExactly(
                new Violation("points", QuestionFormNumbers.INVALID, "one"),
                new Violation("answer.value", QuestionFormNumbers.MISSING),
                new Violation("answer.tolerance", QuestionFormNumbers.INVALID, "12 km"),
                new Violation("also[0].credit", QuestionFormNumbers.INVALID, "half"));
    }

    @Test
    void creditsOfTypedAnswersAndWordLimitsThatAreNotNumbersAreProblems() {
        QuestionEditorForms.Builder blanks = builder(QuestionType.FILL_BLANKS);
        blanks.passage = "[[1]]";
        blanks.blanks = List.of(new QuestionForm.BlankRow(QuestionForm.TYPED,
                List.of(new AcceptedRow("security", ""), new AcceptedRow("safety", "x")), "", ""));
        QuestionEditorForms.Builder essay = builder(QuestionType.ESSAY);
        essay.rubric = "Both roles.";
        essay.maxWords = "2.5";

        assertThat(QuestionFormMapper.toContent(blanks.build(), READING).problems())
                .containsExactly(new Violation("blanks[0].answers[1].credit", QuestionFormNumbers.INVALID, "x"));
        assertThat(QuestionFormMapper.toContent(essay.build(), READING).problems())
                .containsExactly(new Violation("max_words", QuestionFormNumbers.INVALID, "2.5"));
    }

    @Test
    void anUnchosenTrueOrFalseIsAProblem() {
        QuestionFormMapper.Mapped mapped = QuestionFormMapper.toContent(builder(QuestionType.TRUE_FALSE).build(), READING);

        assertThat(mapped.problems()).containsExactly(new Violation("answer", QuestionFormAnswerReader.TRUE_FALSE_MISSING));
    }

    @Test
    void anEmptyCreditIsFullCreditAndAnEmptyReadingIsTheSetsReading() {
        QuestionEditorForms.Builder b = builder(QuestionType.SHORT_TEXT);
        b.answers = List.of(new AcceptedRow(" Tokayev ", ""));
        b.citations = List.of(new CitationRow("", "  a quote with spaces around it  "),
                new CitationRow("other-reading", "another quote here"));

        QuestionContent content = QuestionFormMapper.toContent(b.build(), READING).content();

        assertThat(((ShortText) content.answer()).answers().get(0).text()).isEqualTo("Tokayev");
        assertThat(((ShortText) content.answer()).answers().get(0).credit()).isEqualByComparingTo("1");
        assertThat(content.citations()).containsExactly(new Citation(READING, "a quote with spaces around it"),
                new Citation("other-reading", "another quote here"));
    }

    @Test
    void rowsKeepTheirPlacesEvenWhenEmptySoViolationPathsNameTheRightRow() {
        QuestionEditorForms.Builder b = builder(QuestionType.ORDERING);
        b.items = List.of("First", "", "Third");

        QuestionContent content = QuestionFormMapper.toContent(b.build(), READING).content();

        assertThat(new QuestionValidator().validate(content, ""))
                .extracting(Violation::path).contains(".items[1]");
    }

    @Test
    void windowsLineEndsBecomeUnixOnesAndEmptyOptionalTextsBecomeAbsent() {
        QuestionEditorForms.Builder b = builder(QuestionType.FILL_BLANKS);
        b.prompt = "Line one\r\nLine two\r\n";
        b.explanation = "   ";
        b.passage = "A [[1]]\r\nB";
        b.blanks = List.of(new QuestionForm.BlankRow(QuestionForm.CHOICE, List.of(), "one\r\n\r\n two \r\n", "one"));

        QuestionContent content = QuestionFormMapper.toContent(b.build(), READING).content();

        assertThat(content.prompt()).isEqualTo("Line one\nLine two");
        assertThat(content.explanation()).isNull();
        FillBlanks fillBlanks = (FillBlanks) content.answer();
        assertThat(fillBlanks.text()).isEqualTo("A [[1]]\nB");
        assertThat(fillBlanks.blanks()).containsExactly(new Blank.Choice(List.of("one", "two"), "one"));
    }

    @Test
    void anEmptyIdIsMadeFromThePrompt() {
        QuestionEditorForms.Builder b = builder(QuestionType.ESSAY);
        b.slug = "";
        b.prompt = "Why did **Beijing** stay passive in Kazakhstan’s January crisis, according to the author of the article?";
        b.rubric = "r";
        b.maxWords = "100";

        QuestionContent content = QuestionFormMapper.toContent(b.build(), READING).content();

        assertThat(content.slug()).isEqualTo("why-did-beijing-stay-passive-in-kazakhstan-s-january-crisis");
        assertThat(((Essay) content.answer()).maxWords()).isEqualTo(100);
    }

    @Test
    void aBlankFormStartsWithTheRowsItsTypeNeedsAndTheGivenPassage() {
        QuestionForm singleChoice = QuestionFormMapper.blank(QuestionType.SINGLE_CHOICE, READING, " a passage ");
        QuestionForm ordering = QuestionFormMapper.blank(QuestionType.ORDERING, null, null);

        assertThat(singleChoice.options()).hasSize(4);
        assertThat(singleChoice.citations()).containsExactly(new CitationRow(READING, "a passage"));
        assertThat(ordering.items()).hasSize(3);
        assertThat(ordering.citations()).containsExactly(new CitationRow("", ""));
    }

    private static QuestionEditorForms.Builder builder(QuestionType type) {
        return new QuestionEditorForms.Builder(type, "mapped");
    }
}
