package app.steppe.attempt.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.attempt.web.ReviewViews.FeedbackNote;
import app.steppe.attempt.web.ReviewViews.KeyLine;
import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.markdown.MarkdownRenderer;
import app.steppe.questionbank.web.StudentQuestionView;

/** The answer key of a question as review lines: the correct answers, and the feedback on what the student chose. */
final class AnswerKeys {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AnswerKeys() {
    }

    /** The correct answers; choice options in the order the student saw them. */
    static List<KeyLine> correct(QuestionContent content, StudentQuestionView view) {
        AnswerSpec spec = content.answer();
        var lines = new ArrayList<KeyLine>();
        if (spec instanceof SingleChoice || spec instanceof MultipleResponse) {
            var byText = options(spec).stream().collect(Collectors.toMap(ChoiceOption::text, Function.identity(), (a, b) -> a));
            view.choices().stream().filter(c -> byText.containsKey(c.value()) && byText.get(c.value()).correct())
                    .forEach(c -> lines.add(line("review.key.option", c.label())));
        } else if (spec instanceof TrueFalse trueFalse) {
            lines.add(line(trueFalse.answer() ? "review.key.true" : "review.key.false"));
        } else if (spec instanceof Numeric numeric) {
            lines.add(number(numeric.answer(), numeric.unit()));
            numeric.alsoAccepted().forEach(a -> lines.add(number(a, numeric.unit())));
        } else if (spec instanceof ShortText shortText) {
            shortText.answers().forEach(a -> lines.add(text(a)));
        } else if (spec instanceof Matching matching) {
            matching.pairs().forEach(p -> lines.add(line("review.key.pair", p.left(), p.right())));
        } else if (spec instanceof Ordering ordering) {
            for (int i = 0; i < ordering.items().size(); i++) {
                lines.add(line("review.key.ordered", String.valueOf(i + 1), ordering.items().get(i)));
            }
        } else if (spec instanceof FillBlanks fillBlanks) {
            for (int i = 0; i < fillBlanks.blanks().size(); i++) {
                lines.add(line("review.key.blank", String.valueOf(i + 1), blank(fillBlanks.blanks().get(i))));
            }
        } else if (spec instanceof Essay) {
            lines.add(line("review.key.essay"));
        }
        return lines;
    }

    /** Feedback on the options the student chose (or on their true/false answer), as safe HTML. */
    static List<FeedbackNote> feedback(QuestionContent content, AnswerForm given) {
        AnswerSpec spec = content.answer();
        var notes = new ArrayList<FeedbackNote>();
        if (spec instanceof TrueFalse trueFalse) {
            String chosen = given.value("");
            String feedback = chosen.equals("true") ? trueFalse.feedbackTrue() : chosen.equals("false") ? trueFalse.feedbackFalse() : null;
            if (feedback != null && !feedback.isBlank()) {
                notes.add(new FeedbackNote(null, MarkdownRenderer.render(feedback)));
            }
        }
        for (ChoiceOption option : options(spec)) {
            if (given.values("").contains(option.text()) && option.feedback() != null && !option.feedback().isBlank()) {
                notes.add(new FeedbackNote(option.text(), MarkdownRenderer.render(option.feedback())));
            }
        }
        return notes;
    }

    static String explanation(QuestionContent content) {
        return MarkdownRenderer.render(content.explanation());
    }

    static String rubric(QuestionContent content) {
        return content.answer() instanceof Essay essay ? MarkdownRenderer.render(essay.rubric()) : null;
    }

    private static List<ChoiceOption> options(AnswerSpec spec) {
        if (spec instanceof SingleChoice single) {
            return single.options();
        }
        return spec instanceof MultipleResponse multiple ? multiple.options() : List.of();
    }

    /** The accepted value; its tolerance is not shown (the bank exposes the tolerance only as a rule, not as parts). */
    private static KeyLine number(AcceptedNumber accepted, String unit) {
        String value = plain(accepted.value()) + (unit == null || unit.isBlank() ? "" : " " + unit);
        return accepted.credit().compareTo(BigDecimal.ONE) == 0 ? line("review.key.number", value)
                : line("review.key.numberPartial", value, percent(accepted.credit()));
    }

    private static KeyLine text(AcceptedText accepted) {
        return accepted.credit().compareTo(BigDecimal.ONE) == 0 ? line("review.key.text", accepted.text())
                : line("review.key.textPartial", accepted.text(), percent(accepted.credit()));
    }

    private static String blank(Blank blank) {
        if (blank instanceof Blank.Choice choice) {
            return choice.answer();
        }
        return ((Blank.Typed) blank).answers().stream().map(AcceptedText::text).collect(Collectors.joining(" / "));
    }

    private static String percent(BigDecimal credit) {
        return plain(credit.multiply(HUNDRED));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static KeyLine line(String key, String... args) {
        return new KeyLine(key, List.of(args));
    }
}
