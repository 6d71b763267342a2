package app.steppe.quiz;

import java.time.Instant;
import java.util.Optional;

/**
 * A quiz as the gradebook sees it: how grades are taken across attempts and whether its results are released.
 *
 * @param released   whether students may see their results at the moment this was read
 * @param releasedAt when the instructor released them, empty if not (or withdrawn)
 */
public record QuizGrading(long quizId, String title, GradingMethod gradingMethod, GradeRelease release,
        Optional<Instant> releasedAt, boolean released, Instant opensAt, Instant closesAt) {
}
