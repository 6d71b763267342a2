package app.steppe.questionbank.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a reading passage that a question tests would share with it: the prompt, the explanation and what
 * counts as right (wrong options and distractors are left out: they name what the passage does not say).
 */
final class QuestionWords {

    private QuestionWords() {
    }

    /** The prompt and the explanation. */
    static String question(QuestionContent question) {
        return question.explanation() == null ? question.prompt() : question.prompt() + "\n" + question.explanation();
    }

    /** What counts as right, as text. */
    static String rightAnswer(QuestionContent question) {
        return String.join("\n", rightAnswer(question.answer()));
    }

    private static List<String> rightAnswer(AnswerSpec answer) {
        List<String> words = new ArrayList<>();
        if (answer instanceof SingleChoice choice) {
            choice.options().stream().filter(ChoiceOption::correct).forEach(o -> words.add(o.text()));
        } else if (answer instanceof MultipleResponse response) {
            response.options().stream().filter(ChoiceOption::correct).forEach(o -> words.add(o.text()));
        } else if (answer instanceof Numeric numeric) {
            words.add(numeric.answer().value().toPlainString());
            numeric.alsoAccepted().forEach(n -> words.add(n.value().toPlainString()));
            if (numeric.unit() != null) {
                words.add(numeric.unit());
            }
        } else if (answer instanceof ShortText text) {
            text.answers().forEach(a -> words.add(a.text()));
        } else if (answer instanceof Matching matching) {
            matching.pairs().forEach(pair -> words.add(pair.left() + " " + pair.right()));
        } else if (answer instanceof Ordering ordering) {
            words.addAll(ordering.items());
        } else if (answer instanceof FillBlanks blanks) {
            words.add(blanks.text());
            for (Blank blank : blanks.blanks()) {
                if (blank instanceof Blank.Typed typed) {
                    typed.answers().forEach(a -> words.add(a.text()));
                } else if (blank instanceof Blank.Choice chosen) {
                    words.add(chosen.answer());
                }
            }
        } else if (answer instanceof Essay essay && essay.rubric() != null) {
            words.add(essay.rubric());
        }
        return words;
    }
}
