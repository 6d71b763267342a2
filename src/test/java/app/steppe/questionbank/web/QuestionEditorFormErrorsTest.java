package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.questionbank.web.QuestionForm.AcceptedRow;
import app.steppe.questionbank.web.QuestionForm.BlankRow;

class QuestionEditorFormErrorsTest {

    /** A form with a row in every list, so every path can find its field. */
    private static final QuestionForm FORM = everyRow();

    @ParameterizedTest(name = "{0} ({1}) goes to {2}")
    @CsvSource({
            "prompt,            question.prompt.missing,         prompt",
            ".prompt,           question.prompt.missing,         prompt",
            "id,                question.id.duplicate,           slug",
            ".points,           question.points.outOfRange,      points",
            ".tags[1],          tag.invalid,                     tags",
            "cite,              question.cite.missing,           citations",
            "cite[0],           citation.quote.notFound,         citations[0].quote",
            ".options,          question.options.correct.none,   options",
            ".options[1].text,  question.option.text.missing,    options[1].text",
            ".options[1],       question.option.duplicate,       options[1].text",
            ".feedback_true,    question.feedback.tooLong,       feedbackTrue",
            "answer,            questionEditor.trueFalse.missing, trueFalse",
            "answer.value,      questionEditor.number.missing,   numeric.value",
            ".answer.tolerance, question.tolerance.negative,     numeric.tolerance",
            ".also[0].credit,   question.credit.outOfRange,      also[0].credit",
            ".unit,             question.unit.tooLong,           unit",
            ".answers,          question.answers.noFullCredit,   answers",
            ".answers[0],       question.answer.text.missing,    answers[0].text",
            ".pairs[1],         question.pairs.duplicateLeft,    pairs[1].left",
            ".pairs[1],         question.pairs.duplicateRight,   pairs[1].right",
            ".pairs[1].right,   question.pair.text.missing,      pairs[1].right",
            ".distractors[0],   question.distractor.matchesPair, distractors[0]",
            ".items[2],         question.item.duplicate,         items[2]",
            ".text,             question.blanks.gapWithoutBlank, passage",
            ".blanks,           question.blanks.none,            blanks",
            ".blanks[1],        question.blanks.blankWithoutGap, blanks[1]",
            ".blanks[0].answers[0],        question.answer.text.missing, blanks[0].answers[0].text",
            ".blanks[0].answers[0].credit, question.credit.outOfRange,    blanks[0].answers[0].credit",
            ".blanks[1].choices[3],        question.blank.choice.missing, blanks[1].choices",
            ".blanks[1].answer,            question.blank.answerNotAChoice, blanks[1].answer",
            ".rubric,           question.rubric.missing,         rubric",
            ".max_words,        question.maxWords.outOfRange,    maxWords"
    })
    void eachViolationPathFindsItsFormField(String path, String key, String field) {
        assertThat(QuestionFormErrors.field(path, key, new BeanWrapperImpl(FORM))).isEqualTo(field);
    }

    @Test
    void aViolationOfTheWholeQuestionOrOfARowThatIsGoneGoesToTheTop() {
        BeanWrapperImpl form = new BeanWrapperImpl(FORM);

        assertThat(QuestionFormErrors.field("", "question.stale", form)).isNull();
        assertThat(QuestionFormErrors.field(".options[9].text", "question.option.text.missing", form)).isEqualTo("options");
        assertThat(QuestionFormErrors.field("nonsense.path", "x", form)).isNull();
    }

    @Test
    void rejectedViolationsBecomeFieldErrorsWithTheirArgumentsAndAFallbackMessage() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(FORM, "questionForm");

        QuestionFormErrors.reject(List.of(new Violation("cite[0]", "citation.quote.notFound", "the closest passage", 2, 97),
                new Violation("", "question.stale")), binding);

        FieldError error = binding.getFieldError("citations[0].quote");
        assertThat(error).isNotNull();
        assertThat(error.getArguments()).containsExactly("the closest passage", 2, 97);
        assertThat(error.getCodes()).contains("citation.quote.notFound").endsWith(QuestionFormErrors.FALLBACK);
        assertThat(binding.getGlobalErrors()).singleElement()
                .satisfies(global -> assertThat(global.getCodes()).containsExactly("question.stale", QuestionFormErrors.FALLBACK));
    }

    @Test
    void aQuoteThatWasNotFoundGetsAHintWithTheClosestPassageAndALinkToItsParagraph() {
        Map<Integer, QuestionFormErrors.CitationHint> hints = QuestionFormErrors.citationHints(List.of(
                new Violation("cite[0]", "citation.quote.notFound", "the 2,030-strong contingent", 2, 97),
                new Violation("cite[1]", "citation.reading.unknown", "nowhere")), FORM, "kazakhstan-crisis-china");

        assertThat(hints).containsOnlyKeys(0);
        assertThat(hints.get(0)).isEqualTo(new QuestionFormErrors.CitationHint("the 2,030-strong contingent", 2,
                "/readings/kazakhstan-crisis-china#p2"));
    }

    private static QuestionForm everyRow() {
        QuestionEditorForms.Builder b = new QuestionEditorForms.Builder(QuestionType.FILL_BLANKS, "all-rows");
        b.options = List.of(QuestionForm.OptionRow.empty(), QuestionForm.OptionRow.empty());
        b.also = List.of(QuestionForm.NumberRow.empty());
        b.answers = List.of(AcceptedRow.empty());
        b.pairs = List.of(QuestionForm.PairRow.empty(), QuestionForm.PairRow.empty());
        b.distractors = List.of("");
        b.items = List.of("", "", "");
        b.blanks = List.of(BlankRow.empty(), new BlankRow(QuestionForm.CHOICE, List.of(), "a\nb", "c"));
        return b.build();
    }
}
