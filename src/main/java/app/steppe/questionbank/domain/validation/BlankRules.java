package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_BLANK_CHOICES;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_OPTION_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_PROMPT_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MIN_BLANK_CHOICES;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;

/** Fill-in-the-blanks: the gaps in the passage and the blanks defined must be the same, one to one. */
final class BlankRules {

    private BlankRules() {
    }

    static void checkFillBlanks(FillBlanks spec, String path, Violations violations) {
        violations.requireText(spec.text(), path + ".text",
                "question.blanks.text.missing", "question.blanks.text.tooLong", MAX_PROMPT_LENGTH);
        String blanksPath = path + ".blanks";
        if (spec.blanks().isEmpty()) {
            violations.add(blanksPath, "question.blanks.none");
        }
        checkGapsMatchBlanks(spec, path, violations);
        for (int i = 0; i < spec.blanks().size(); i++) {
            Blank blank = spec.blanks().get(i);
            String blankPath = blanksPath + "[" + i + "]";
            if (blank instanceof Blank.Typed typed) {
                TypedAnswerRules.checkAcceptedTexts(typed.answers(), blankPath + ".answers", violations);
            } else if (blank instanceof Blank.Choice choice) {
                checkChoice(choice, blankPath, violations);
            }
        }
    }

    private static void checkGapsMatchBlanks(FillBlanks spec, String path, Violations violations) {
        int blankCount = spec.blanks().size();
        Set<Integer> gapsSeen = new HashSet<>();
        for (int gap : spec.gapNumbers()) {
            if (gap < 1 || gap > blankCount) {
                violations.add(path + ".text", "question.blanks.gapWithoutBlank", gap, blankCount);
            } else if (!gapsSeen.add(gap)) {
                violations.add(path + ".text", "question.blanks.gapRepeated", gap);
            }
        }
        for (int number = 1; number <= blankCount; number++) {
            if (!gapsSeen.contains(number)) {
                violations.add(path + ".blanks[" + (number - 1) + "]", "question.blanks.blankWithoutGap", number);
            }
        }
    }

    private static void checkChoice(Blank.Choice choice, String path, Violations violations) {
        List<String> choices = choice.choices();
        violations.limitCount(choices.size(), path + ".choices",
                "question.blank.choices.tooFew", MIN_BLANK_CHOICES, "question.blank.choices.tooMany", MAX_BLANK_CHOICES);
        for (int i = 0; i < choices.size(); i++) {
            violations.requireText(choices.get(i), path + ".choices[" + i + "]",
                    "question.blank.choice.missing", "question.blank.choice.tooLong", MAX_OPTION_LENGTH);
        }
        violations.rejectDuplicates(choices, path + ".choices", "question.blank.choice.duplicate");
        if (choices.stream().noneMatch(text -> text.strip().equals(choice.answer().strip()))) {
            violations.add(path + ".answer", "question.blank.answerNotAChoice", choice.answer());
        }
    }
}
