package app.steppe.study.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.markdown.MarkdownRenderer;

/**
 * The right answer of a question as a student sees it after answering (or on the back of a flashcard), for
 * {@code study/fragments :: answer}. Only the parts of the question's type are filled in; feedback and the rubric
 * are safe HTML.
 *
 * @param type     the question type's name, e.g. {@code SINGLE_CHOICE}
 * @param options  choice questions: every option, the right ones marked
 * @param values   true/false ({@code true} or {@code false}), numeric ({@code 2030 km}), short text (the
 *                 accepted answers, the first being the model answer) and ordering (the items in the right order)
 * @param pairs    matching: "left → right"
 * @param blanks   fill blanks: the answers of each gap, by gap number
 */
record RightAnswer(String type, List<Option> options, List<String> values, List<String> pairs, List<BlankAnswer> blanks,
        String rubricHtml) {

    record Option(String text, boolean correct, String feedbackHtml) {
    }

    record BlankAnswer(int number, List<String> answers) {
    }

    static RightAnswer of(AnswerSpec spec) {
        String type = spec.type().name();
        if (spec instanceof SingleChoice single) {
            return new RightAnswer(type, options(single.options()), List.of(), List.of(), List.of(), "");
        }
        if (spec instanceof MultipleResponse multiple) {
            return new RightAnswer(type, options(multiple.options()), List.of(), List.of(), List.of(), "");
        }
        if (spec instanceof TrueFalse trueFalse) {
            return values(type, List.of(String.valueOf(trueFalse.answer())));
        }
        if (spec instanceof Numeric numeric) {
            List<String> numbers = new ArrayList<>();
            numbers.add(number(numeric.answer(), numeric.unit()));
            numeric.alsoAccepted().forEach(a -> numbers.add(number(a, numeric.unit())));
            return values(type, numbers);
        }
        if (spec instanceof ShortText shortText) {
            return values(type, shortText.answers().stream().map(AcceptedText::text).toList());
        }
        if (spec instanceof Ordering ordering) {
            return values(type, ordering.items());
        }
        if (spec instanceof Matching matching) {
            return new RightAnswer(type, List.of(), List.of(),
                    matching.pairs().stream().map(p -> p.left() + " → " + p.right()).toList(), List.of(), "");
        }
        if (spec instanceof FillBlanks fillBlanks) {
            List<BlankAnswer> blanks = new ArrayList<>();
            for (int i = 0; i < fillBlanks.blanks().size(); i++) {
                Blank blank = fillBlanks.blanks().get(i);
                List<String> answers = blank instanceof Blank.Choice choice ? List.of(choice.answer())
                        : ((Blank.Typed) blank).answers().stream().map(AcceptedText::text).toList();
                blanks.add(new BlankAnswer(i + 1, answers));
            }
            return new RightAnswer(type, List.of(), List.of(), List.of(), blanks, "");
        }
        Essay essay = (Essay) spec;
        return new RightAnswer(type, List.of(), List.of(), List.of(), List.of(), MarkdownRenderer.render(essay.rubric()));
    }

    private static RightAnswer values(String type, List<String> values) {
        return new RightAnswer(type, List.of(), values, List.of(), List.of(), "");
    }

    private static List<Option> options(List<ChoiceOption> options) {
        return options.stream().map(o -> new Option(o.text(), o.correct(), MarkdownRenderer.render(o.feedback()))).toList();
    }

    private static String number(AcceptedNumber accepted, String unit) {
        // the tolerance is the question bank's scoring detail (its kinds are not exposed): the value is what to learn
        String text = accepted.value().toPlainString();
        if (unit != null && !unit.isBlank()) {
            text += " " + unit;
        }
        if (accepted.credit().compareTo(BigDecimal.ONE) != 0) {
            text += " (" + accepted.credit().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%)";
        }
        return text;
    }
}
