package app.steppe.grading.scoring;

import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.matching.NumericAnswerParser;

/**
 * <b>Numeric: the best credit of any accepted value within its tolerance.</b> The one number in what the student
 * typed is read by {@link NumericAnswerParser} ("2,030", "2 030", "2030 troops", "1,782 km", "3,5"); the main answer
 * earns everything, an also-accepted value its own credit. Text with no number, or with two, earns nothing.
 */
public final class NumericRule {

    private NumericRule() {
    }

    public static Mark score(Numeric spec, TextResponse response) {
        return NumericAnswerParser.parse(response.text())
                .map(spec::creditFor)
                .map(Mark::ofCredit)
                .orElse(Mark.zero());
    }
}
