package app.steppe.attempt.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.steppe.grading.scoring.AnswerForm;
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

/**
 * A question's answer key and feedback as JSON, for a result whose review options show them. Only the key: never
 * the option feedback (that is feedback), never an essay's rubric (that is the instructor's).
 */
final class AnswerKeyJson {

    private AnswerKeyJson() {
    }

    static Map<String, Object> of(AnswerSpec spec) {
        var key = new LinkedHashMap<String, Object>();
        if (spec instanceof SingleChoice s) {
            key.put("correct", correct(s.options()));
        } else if (spec instanceof MultipleResponse m) {
            key.put("correct", correct(m.options()));
        } else if (spec instanceof TrueFalse t) {
            key.put("correct", t.answer());
        } else if (spec instanceof Numeric n) {
            var accepted = new ArrayList<Map<String, Object>>();
            accepted.add(number(n.answer()));
            n.alsoAccepted().forEach(a -> accepted.add(number(a)));
            key.put("accepted", accepted);
            key.put("unit", n.unit());
        } else if (spec instanceof ShortText t) {
            key.put("accepted", t.answers().stream().map(AnswerKeyJson::text).toList());
            key.put("caseSensitive", t.caseSensitive());
        } else if (spec instanceof Matching m) {
            key.put("pairs", m.pairs().stream().map(p -> Map.of("left", p.left(), "right", p.right())).toList());
        } else if (spec instanceof Ordering o) {
            key.put("order", o.items());
        } else if (spec instanceof FillBlanks f) {
            var blanks = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < f.blanks().size(); i++) {
                Blank blank = f.blanks().get(i);
                var entry = new LinkedHashMap<String, Object>();
                entry.put("blank", i + 1);
                if (blank instanceof Blank.Typed typed) {
                    entry.put("accepted", typed.answers().stream().map(AnswerKeyJson::text).toList());
                } else if (blank instanceof Blank.Choice choice) {
                    entry.put("correct", choice.answer());
                }
                blanks.add(entry);
            }
            key.put("blanks", blanks);
        } else if (spec instanceof Essay) {
            key.put("gradedByInstructor", true);
        }
        return key;
    }

    /** The explanation, and the feedback written for each option (or true/false) the student chose. */
    static AttemptJson.Feedback feedback(QuestionContent content, AnswerForm given) {
        var chosen = new ArrayList<String>();
        var values = given.values("");
        List<ChoiceOption> options = content.answer() instanceof SingleChoice s ? s.options()
                : content.answer() instanceof MultipleResponse m ? m.options() : List.of();
        for (ChoiceOption option : options) {
            if (values.contains(option.text()) && option.feedback() != null && !option.feedback().isBlank()) {
                chosen.add(option.feedback());
            }
        }
        if (content.answer() instanceof TrueFalse t) {
            String text = values.contains("true") ? t.feedbackTrue() : values.contains("false") ? t.feedbackFalse() : null;
            if (text != null && !text.isBlank()) {
                chosen.add(text);
            }
        }
        return new AttemptJson.Feedback(content.explanation(), chosen);
    }

    private static List<String> correct(List<ChoiceOption> options) {
        return options.stream().filter(ChoiceOption::correct).map(ChoiceOption::text).toList();
    }

    /** The accepted value and its credit; the tolerance is not shown, as on the review page (the bank exposes it as a rule). */
    private static Map<String, Object> number(AcceptedNumber accepted) {
        var n = new LinkedHashMap<String, Object>();
        n.put("value", accepted.value());
        n.put("credit", accepted.credit());
        return n;
    }

    private static Map<String, Object> text(AcceptedText accepted) {
        var t = new LinkedHashMap<String, Object>();
        t.put("text", accepted.text());
        t.put("credit", accepted.credit());
        return t;
    }
}
