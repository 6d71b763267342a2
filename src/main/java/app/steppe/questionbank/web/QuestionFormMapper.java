package app.steppe.questionbank.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.questionbank.web.QuestionForm.AcceptedRow;
import app.steppe.questionbank.web.QuestionForm.BlankRow;
import app.steppe.questionbank.web.QuestionForm.OptionRow;

/**
 * Turns the editor's form into a question's content and back. Rows keep their positions (an empty row stays a row),
 * so a violation at {@code options[2].text} names the third row on the form. What cannot be read (a number that is
 * not one) becomes a {@link Violation} with the path of the question format; a neutral value stands in for it, so
 * the rest of the question can still be checked in the same pass.
 */
final class QuestionFormMapper {

    static final int DEFAULT_MAX_WORDS = 300;
    private static final int MAX_DERIVED_SLUG = 60;

    private QuestionFormMapper() {
    }

    /** The content, and the problems met reading the form (empty when every field could be read). */
    record Mapped(QuestionContent content, List<Violation> problems) {
    }

    static Mapped toContent(QuestionForm form, String defaultReading) {
        QuestionType type = QuestionType.fromYamlName(form.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown question type " + form.type()));
        QuestionFormNumbers numbers = new QuestionFormNumbers();
        BigDecimal points = numbers.optional(form.points(), "points", QuestionContent.DEFAULT_POINTS);
        List<Violation> problems = new ArrayList<>();
        AnswerSpec answer = QuestionFormAnswerReader.answer(type, form, numbers, problems);
        List<Citation> citations = form.citations().stream()
                .map(row -> new Citation(row.reading().isBlank() ? defaultReading : row.reading().strip(),
                        row.quote().strip()))
                .toList();
        String slug = form.slug().isBlank() ? slugFrom(form.prompt()) : form.slug().strip();
        QuestionContent content = new QuestionContent(slug, multiline(form.prompt()), points, tags(form.tags()),
                optional(form.explanation()), citations, answer);
        problems.addAll(0, numbers.problems());
        return new Mapped(content, List.copyOf(problems));
    }

    /** The form for a stored question, to edit it. */
    static QuestionForm toForm(QuestionContent content, Integer expectedVersionNo) {
        Editable e = new Editable(content.type().yamlName());
        AnswerSpec spec = content.answer();
        if (spec instanceof SingleChoice single) {
            e.options = optionRows(single.options());
            e.fixedOrder = !single.shuffle();
        } else if (spec instanceof MultipleResponse multiple) {
            e.options = optionRows(multiple.options());
            e.scoring = multiple.scoring().yamlName();
        } else if (spec instanceof TrueFalse trueFalse) {
            e.trueFalse = String.valueOf(trueFalse.answer());
            e.feedbackTrue = orEmpty(trueFalse.feedbackTrue());
            e.feedbackFalse = orEmpty(trueFalse.feedbackFalse());
        } else if (spec instanceof Numeric numeric) {
            e.numeric = new QuestionForm.NumberRow(QuestionFormNumbers.format(numeric.answer().value()),
                    QuestionFormNumbers.format(numeric.answer().tolerance()), "");
            e.also = numeric.alsoAccepted().stream().map(a -> new QuestionForm.NumberRow(
                    QuestionFormNumbers.format(a.value()), QuestionFormNumbers.format(a.tolerance()),
                    QuestionFormNumbers.format(a.credit()))).toList();
            e.unit = orEmpty(numeric.unit());
        } else if (spec instanceof ShortText shortText) {
            e.answers = acceptedRows(shortText.answers());
            e.caseSensitive = shortText.caseSensitive();
        } else if (spec instanceof Matching matching) {
            e.pairs = matching.pairs().stream().map(p -> new QuestionForm.PairRow(p.left(), p.right())).toList();
            e.distractors = matching.distractors();
        } else if (spec instanceof Ordering ordering) {
            e.items = ordering.items();
        } else if (spec instanceof FillBlanks fillBlanks) {
            e.passage = fillBlanks.text();
            e.blanks = fillBlanks.blanks().stream().map(QuestionFormMapper::blankRow).toList();
        } else if (spec instanceof Essay essay) {
            e.rubric = essay.rubric();
            e.maxWords = String.valueOf(essay.maxWords());
        }
        return new QuestionForm(e.type, content.slug(), content.prompt(), QuestionFormNumbers.format(content.points()),
                String.join(", ", content.tags()), orEmpty(content.explanation()),
                content.citations().stream().map(c -> new QuestionForm.CitationRow(c.readingSlug(), c.quote())).toList(),
                e.options, e.fixedOrder, e.scoring, e.trueFalse, e.feedbackTrue, e.feedbackFalse, e.numeric, e.unit,
                e.also, e.answers, e.caseSensitive, e.pairs, e.distractors, e.items, e.passage, e.blanks, e.rubric,
                e.maxWords, expectedVersionNo);
    }

    /**
     * An empty form for a new question of this type, with the rows most questions need, and the first citation
     * filled in when the author came from a passage of the reading.
     */
    static QuestionForm blank(QuestionType type, String reading, String quote) {
        Editable e = new Editable(type.yamlName());
        e.options = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_RESPONSE
                ? List.of(OptionRow.empty(), OptionRow.empty(), OptionRow.empty(), OptionRow.empty())
                : List.of();
        e.scoring = MultipleResponse.Scoring.RIGHT_MINUS_WRONG.yamlName();
        e.numeric = new QuestionForm.NumberRow("", "0", "");
        e.answers = type == QuestionType.SHORT_TEXT ? List.of(AcceptedRow.empty()) : List.of();
        e.pairs = type == QuestionType.MATCHING
                ? List.of(QuestionForm.PairRow.empty(), QuestionForm.PairRow.empty(), QuestionForm.PairRow.empty())
                : List.of();
        e.items = type == QuestionType.ORDERING ? List.of("", "", "") : List.of();
        e.blanks = type == QuestionType.FILL_BLANKS ? List.of(BlankRow.empty()) : List.of();
        e.maxWords = String.valueOf(DEFAULT_MAX_WORDS);
        List<QuestionForm.CitationRow> citations = List.of(new QuestionForm.CitationRow(
                reading == null ? "" : reading.strip(), quote == null ? "" : quote.strip()));
        return new QuestionForm(e.type, "", "", "1", "", "", citations, e.options, e.fixedOrder, e.scoring,
                e.trueFalse, e.feedbackTrue, e.feedbackFalse, e.numeric, e.unit, e.also, e.answers, e.caseSensitive,
                e.pairs, e.distractors, e.items, e.passage, e.blanks, e.rubric, e.maxWords, null);
    }

    /** The type-specific parts of a form being put together; everything a type does not use stays empty. */
    private static final class Editable {
        final String type;
        List<OptionRow> options = List.of();
        boolean fixedOrder;
        String scoring = "";
        String trueFalse = "";
        String feedbackTrue = "";
        String feedbackFalse = "";
        QuestionForm.NumberRow numeric = QuestionForm.NumberRow.empty();
        String unit = "";
        List<QuestionForm.NumberRow> also = List.of();
        List<AcceptedRow> answers = List.of();
        boolean caseSensitive;
        List<QuestionForm.PairRow> pairs = List.of();
        List<String> distractors = List.of();
        List<String> items = List.of();
        String passage = "";
        List<BlankRow> blanks = List.of();
        String rubric = "";
        String maxWords = "";

        Editable(String type) {
            this.type = type;
        }
    }

    private static List<OptionRow> optionRows(List<ChoiceOption> options) {
        return options.stream().map(o -> new OptionRow(o.text(), o.correct(), orEmpty(o.feedback()))).toList();
    }

    private static List<AcceptedRow> acceptedRows(List<AcceptedText> accepted) {
        return accepted.stream().map(a -> new AcceptedRow(a.text(),
                a.credit().compareTo(BigDecimal.ONE) == 0 ? "" : QuestionFormNumbers.format(a.credit()))).toList();
    }

    private static BlankRow blankRow(Blank blank) {
        if (blank instanceof Blank.Choice choice) {
            return new BlankRow(QuestionForm.CHOICE, List.of(), String.join("\n", choice.choices()), choice.answer());
        }
        return new BlankRow(QuestionForm.TYPED, acceptedRows(((Blank.Typed) blank).answers()), "", "");
    }

    private static List<String> tags(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    /** Browsers send text areas with CRLF line ends; the question files use LF. */
    static String multiline(String typed) {
        return typed.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static String optional(String typed) {
        String text = multiline(typed);
        return text.isEmpty() ? null : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** An id for a question whose author left it empty: the first words of the prompt ("how-many-troops-made"). */
    static String slugFrom(String prompt) {
        String folded = Normalizer.normalize(prompt, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (folded.length() <= MAX_DERIVED_SLUG) {
            return folded;
        }
        String cut = folded.substring(0, MAX_DERIVED_SLUG);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut;
    }
}
