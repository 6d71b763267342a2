package app.steppe.questionbank.domain.validation;

import java.util.List;

import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;

/**
 * The rules of each question type. The answer keys sit beside the common keys of a question in the file, so
 * violation paths extend the question's path directly ({@code questions[3].options}).
 */
public final class AnswerSpecValidator {

    public List<Violation> validate(AnswerSpec spec, String questionPath) {
        Violations violations = new Violations();
        if (spec instanceof SingleChoice singleChoice) {
            ChoiceRules.checkSingleChoice(singleChoice, questionPath, violations);
        } else if (spec instanceof MultipleResponse multipleResponse) {
            ChoiceRules.checkMultipleResponse(multipleResponse, questionPath, violations);
        } else if (spec instanceof TrueFalse trueFalse) {
            ChoiceRules.checkTrueFalse(trueFalse, questionPath, violations);
        } else if (spec instanceof Numeric numeric) {
            TypedAnswerRules.checkNumeric(numeric, questionPath, violations);
        } else if (spec instanceof ShortText shortText) {
            TypedAnswerRules.checkAcceptedTexts(shortText.answers(), questionPath + ".answers", violations);
        } else if (spec instanceof Matching matching) {
            ArrangementRules.checkMatching(matching, questionPath, violations);
        } else if (spec instanceof Ordering ordering) {
            ArrangementRules.checkOrdering(ordering, questionPath, violations);
        } else if (spec instanceof FillBlanks fillBlanks) {
            BlankRules.checkFillBlanks(fillBlanks, questionPath, violations);
        } else if (spec instanceof Essay essay) {
            ArrangementRules.checkEssay(essay, questionPath, violations);
        }
        return violations.toList();
    }
}
