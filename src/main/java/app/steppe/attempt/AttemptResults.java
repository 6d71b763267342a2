package app.steppe.attempt;

import java.time.Instant;
import java.util.Set;

/** What other modules may learn of students' finished attempts. */
public interface AttemptResults {

    /**
     * The questions (question ids, not versions) a student lost points on in finished, scored attempts whose correct
     * answers the quiz's review options let the student see at {@code now}; an answer still waiting for a grader is
     * not counted as missed.
     */
    Set<Long> missedQuestionsVisible(long studentId, Instant now);
}
