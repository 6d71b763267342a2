package app.steppe.gradebook.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.steppe.attempt.AttemptGrading.AttemptState;

/**
 * One answer as a grader sees it: the question as the student saw it (prompt), the rubric of an essay, the cited
 * passages with links into the reading, the student's answer, and its mark with the revision a form must send back.
 *
 * @param student the student's name, or "Student n" when grading anonymously
 */
public record GradingItem(UUID attemptId, String student, int attemptNo, AttemptState attemptState, int position,
        long versionId, long questionId, String slug, String type, String promptHtml, Optional<String> rubric,
        List<Passage> passages, List<String> answer, BigDecimal max, Optional<BigDecimal> points, boolean needsGrading,
        boolean manual, int revision, Optional<String> comment) {

    /** A quoted passage and where it is in the reading ({@code /readings/slug#p7}), the link empty if stale. */
    public record Passage(String quote, Optional<String> link, Optional<Integer> paragraph) {
    }

    public String formId() {
        return "mark-" + attemptId + "-" + versionId;
    }
}
