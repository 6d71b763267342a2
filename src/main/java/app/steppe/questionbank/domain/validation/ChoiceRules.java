package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_FEEDBACK_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_OPTIONS;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_OPTION_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MIN_OPTIONS;

import java.util.List;

import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;

/** Single choice, multiple response and true/false: questions answered by picking. */
final class ChoiceRules {

    private ChoiceRules() {
    }

    static void checkSingleChoice(SingleChoice spec, String path, Violations violations) {
        checkOptions(spec.options(), path + ".options", violations);
        long correct = countCorrect(spec.options());
        if (correct != 1) {
            violations.add(path + ".options", "question.options.correct.notExactlyOne", correct);
        }
    }

    static void checkMultipleResponse(MultipleResponse spec, String path, Violations violations) {
        checkOptions(spec.options(), path + ".options", violations);
        if (countCorrect(spec.options()) == 0) {
            violations.add(path + ".options", "question.options.correct.none");
        }
    }

    static void checkTrueFalse(TrueFalse spec, String path, Violations violations) {
        violations.limitLength(spec.feedbackTrue(), path + ".feedback_true", "question.feedback.tooLong", MAX_FEEDBACK_LENGTH);
        violations.limitLength(spec.feedbackFalse(), path + ".feedback_false", "question.feedback.tooLong", MAX_FEEDBACK_LENGTH);
    }

    private static void checkOptions(List<ChoiceOption> options, String path, Violations violations) {
        violations.limitCount(options.size(), path,
                "question.options.tooFew", MIN_OPTIONS, "question.options.tooMany", MAX_OPTIONS);
        for (int i = 0; i < options.size(); i++) {
            ChoiceOption option = options.get(i);
            String optionPath = path + "[" + i + "]";
            violations.requireText(option.text(), optionPath + ".text",
                    "question.option.text.missing", "question.option.text.tooLong", MAX_OPTION_LENGTH);
            violations.limitLength(option.feedback(), optionPath + ".feedback",
                    "question.feedback.tooLong", MAX_FEEDBACK_LENGTH);
        }
        violations.rejectDuplicates(options.stream().map(ChoiceOption::text).toList(), path, "question.option.duplicate");
    }

    private static long countCorrect(List<ChoiceOption> options) {
        return options.stream().filter(ChoiceOption::correct).count();
    }
}
