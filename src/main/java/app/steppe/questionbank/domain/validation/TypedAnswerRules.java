package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_OPTION_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_UNIT_LENGTH;

import java.math.BigDecimal;
import java.util.List;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Tolerance;

/** Numeric and typed answers (short text, typed blanks): accepted values, tolerances and credits. */
final class TypedAnswerRules {

    private TypedAnswerRules() {
    }

    static void checkNumeric(Numeric spec, String path, Violations violations) {
        checkTolerance(spec.answer().tolerance(), path + ".answer.tolerance", violations);
        for (int i = 0; i < spec.alsoAccepted().size(); i++) {
            AcceptedNumber also = spec.alsoAccepted().get(i);
            String alsoPath = path + ".also[" + i + "]";
            checkTolerance(also.tolerance(), alsoPath + ".tolerance", violations);
            checkCredit(also.credit(), alsoPath + ".credit", violations);
        }
        violations.limitLength(spec.unit(), path + ".unit", "question.unit.tooLong", MAX_UNIT_LENGTH);
    }

    static void checkAcceptedTexts(List<AcceptedText> answers, String path, Violations violations) {
        if (answers.isEmpty()) {
            violations.add(path, "question.answers.none");
            return;
        }
        for (int i = 0; i < answers.size(); i++) {
            AcceptedText answer = answers.get(i);
            String answerPath = path + "[" + i + "]";
            violations.requireText(answer.text(), answerPath,
                    "question.answer.text.missing", "question.answer.text.tooLong", MAX_OPTION_LENGTH);
            checkCredit(answer.credit(), answerPath + ".credit", violations);
        }
        if (answers.stream().noneMatch(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0)) {
            violations.add(path, "question.answers.noFullCredit");
        }
        violations.rejectDuplicates(answers.stream().map(AcceptedText::text).toList(), path, "question.answer.duplicate");
    }

    private static void checkTolerance(Tolerance tolerance, String path, Violations violations) {
        BigDecimal amount = tolerance instanceof Tolerance.Percent percent
                ? percent.percent()
                : ((Tolerance.Absolute) tolerance).amount();
        if (amount.signum() < 0) {
            violations.add(path, "question.tolerance.negative", amount.toPlainString());
        }
    }

    private static void checkCredit(BigDecimal credit, String path, Violations violations) {
        if (credit.signum() <= 0 || credit.compareTo(BigDecimal.ONE) > 0) {
            violations.add(path, "question.credit.outOfRange", credit.toPlainString());
        }
    }
}
