package app.steppe.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Releasing quiz results to students, for the gradebook. Reads take {@code now} to say whether results are
 * released at that moment; {@link QuizApi#gradesReleased} answers the same for one quiz.
 */
public interface QuizGradeReleases {

    /** Every quiz, soonest opening first, in one query. */
    List<QuizGrading> gradings(Instant now);

    Optional<QuizGrading> grading(long quizId, Instant now);

    /** Shows the results now; a release already made keeps its time. Empty when there is no such quiz. */
    Optional<QuizGrading> release(long quizId, Instant now);

    /** Hides results released by hand again (an automatic release still follows the review options). */
    Optional<QuizGrading> withdraw(long quizId, Instant now);

    Optional<QuizGrading> changeRelease(long quizId, GradeRelease release, Instant now);
}
