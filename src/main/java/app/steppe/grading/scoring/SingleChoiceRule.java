package app.steppe.grading.scoring;

import java.util.List;

import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.SingleChoice;

/**
 * <b>Single choice: the right option earns everything.</b> Exactly one option must be chosen and it must be the
 * correct one; choosing two options, none, or one that does not exist earns nothing.
 */
public final class SingleChoiceRule {

    private SingleChoiceRule() {
    }

    public static Mark score(SingleChoice spec, ChoiceResponse response) {
        List<ChoiceOption> options = spec.options();
        if (response.chosen().size() != 1) {
            return Mark.zero();
        }
        int chosen = response.chosen().iterator().next();
        boolean right = chosen >= 0 && chosen < options.size() && options.get(chosen).correct();
        return right ? Mark.full() : Mark.zero();
    }
}
