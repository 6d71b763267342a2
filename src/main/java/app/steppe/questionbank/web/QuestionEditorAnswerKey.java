package app.steppe.questionbank.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

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
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.markdown.MarkdownRenderer;

/**
 * The answer key of a question as the instructor's preview shows it, under the student's view: Markdown (feedback,
 * rubric, explanation) already rendered to safe HTML, numbers as the editor writes them. Only the parts of the
 * question's type are filled in.
 */
public record QuestionEditorAnswerKey(
        List<OptionKey> options,
        boolean fixedOrder,
        String scoring,
        Boolean trueFalse,
        String feedbackTrueHtml,
        String feedbackFalseHtml,
        NumberKey numeric,
        List<NumberKey> also,
        String unit,
        List<TextKey> accepted,
        boolean caseSensitive,
        List<MatchPair> pairs,
        List<String> distractors,
        List<String> items,
        List<BlankKey> blanks,
        String rubricHtml,
        Integer maxWords,
        String explanationHtml) {

    public record OptionKey(String text, boolean correct, String feedbackHtml) {
    }

    /** {@code credit} is null for full credit. */
    public record NumberKey(String value, String tolerance, String credit) {
    }

    /** {@code credit} is null for full credit. */
    public record TextKey(String text, String credit) {
    }

    /** A blank by its gap number: typed ({@code accepted}) or a drop-down ({@code choices} and {@code answer}). */
    public record BlankKey(int number, List<TextKey> accepted, List<String> choices, String answer) {
    }

    static QuestionEditorAnswerKey of(QuestionContent content) {
        Parts p = new Parts();
        AnswerSpec spec = content.answer();
        if (spec instanceof SingleChoice single) {
            p.options = options(single.options());
            p.fixedOrder = !single.shuffle();
        } else if (spec instanceof MultipleResponse multiple) {
            p.options = options(multiple.options());
            p.scoring = multiple.scoring().yamlName();
        } else if (spec instanceof TrueFalse trueFalse) {
            p.trueFalse = trueFalse.answer();
            p.feedbackTrueHtml = MarkdownRenderer.render(trueFalse.feedbackTrue());
            p.feedbackFalseHtml = MarkdownRenderer.render(trueFalse.feedbackFalse());
        } else if (spec instanceof Numeric numeric) {
            p.numeric = number(numeric.answer());
            p.also = numeric.alsoAccepted().stream().map(QuestionEditorAnswerKey::number).toList();
            p.unit = numeric.unit();
        } else if (spec instanceof ShortText shortText) {
            p.accepted = texts(shortText.answers());
            p.caseSensitive = shortText.caseSensitive();
        } else if (spec instanceof Matching matching) {
            p.pairs = matching.pairs();
            p.distractors = matching.distractors();
        } else if (spec instanceof Ordering ordering) {
            p.items = ordering.items();
        } else if (spec instanceof FillBlanks fillBlanks) {
            p.blanks = blanks(fillBlanks.blanks());
        } else if (spec instanceof Essay essay) {
            p.rubricHtml = MarkdownRenderer.render(essay.rubric());
            p.maxWords = essay.maxWords();
        }
        return new QuestionEditorAnswerKey(p.options, p.fixedOrder, p.scoring, p.trueFalse, p.feedbackTrueHtml,
                p.feedbackFalseHtml, p.numeric, p.also, p.unit, p.accepted, p.caseSensitive, p.pairs, p.distractors,
                p.items, p.blanks, p.rubricHtml, p.maxWords, MarkdownRenderer.render(content.explanation()));
    }

    private static final class Parts {
        List<OptionKey> options = List.of();
        boolean fixedOrder;
        String scoring;
        Boolean trueFalse;
        String feedbackTrueHtml = "";
        String feedbackFalseHtml = "";
        NumberKey numeric;
        List<NumberKey> also = List.of();
        String unit;
        List<TextKey> accepted = List.of();
        boolean caseSensitive;
        List<MatchPair> pairs = List.of();
        List<String> distractors = List.of();
        List<String> items = List.of();
        List<BlankKey> blanks = List.of();
        String rubricHtml = "";
        Integer maxWords;
    }

    private static List<OptionKey> options(List<ChoiceOption> options) {
        return options.stream()
                .map(o -> new OptionKey(o.text(), o.correct(), MarkdownRenderer.render(o.feedback())))
                .toList();
    }

    private static NumberKey number(AcceptedNumber number) {
        return new NumberKey(QuestionFormNumbers.format(number.value()),
                QuestionFormNumbers.format(number.tolerance()), credit(number.credit()));
    }

    private static List<TextKey> texts(List<AcceptedText> accepted) {
        return accepted.stream().map(a -> new TextKey(a.text(), credit(a.credit()))).toList();
    }

    private static List<BlankKey> blanks(List<Blank> blanks) {
        return IntStream.range(0, blanks.size()).mapToObj(i -> {
            Blank blank = blanks.get(i);
            if (blank instanceof Blank.Choice choice) {
                return new BlankKey(i + 1, List.of(), choice.choices(), choice.answer());
            }
            return new BlankKey(i + 1, texts(((Blank.Typed) blank).answers()), List.of(), null);
        }).toList();
    }

    private static String credit(BigDecimal credit) {
        return credit.compareTo(BigDecimal.ONE) == 0 ? null : QuestionFormNumbers.format(credit);
    }
}
