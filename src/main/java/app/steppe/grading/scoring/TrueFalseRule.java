package app.steppe.grading.scoring;

import app.steppe.questionbank.domain.TrueFalse;

/** <b>True/false: the right verdict earns everything</b>, the wrong one nothing. */
public final class TrueFalseRule {

    private TrueFalseRule() {
    }

    public static Mark score(TrueFalse spec, TrueFalseResponse response) {
        return response.answer() == spec.answer() ? Mark.full() : Mark.zero();
    }
}
