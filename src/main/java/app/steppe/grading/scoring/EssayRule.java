package app.steppe.grading.scoring;

import app.steppe.questionbank.domain.Essay;

/**
 * <b>Essay: graded by hand.</b> A written essay is marked as needing a grader and earns nothing until graded; an
 * empty one leaves nothing to grade and earns nothing.
 */
public final class EssayRule {

    private EssayRule() {
    }

    public static Mark score(Essay spec, EssayResponse response) {
        return response.text().isBlank() ? Mark.zero() : Mark.awaitingManualGrading();
    }
}
