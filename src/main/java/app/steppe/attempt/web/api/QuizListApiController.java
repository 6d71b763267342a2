package app.steppe.attempt.web.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

import app.steppe.attempt.domain.StudentQuizzes;
import app.steppe.quiz.QuizApi;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.api.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published quizzes: for a student with where they stand (as on their quiz list), for an instructor plain. */
@ApiController
@Tag(name = "Quizzes and attempts")
class QuizListApiController {

    /**
     * A quiz. The student fields are null for an instructor; {@code bestPercentage} is null while the review options
     * hide the score; {@code timeLimitSeconds} includes the student's extra time and is null for an untimed quiz.
     */
    record QuizItem(long id, String title, Instant opensAt, Instant closesAt, String state, Long timeLimitSeconds,
            Integer attemptsAllowed, Integer attemptsUsed, Integer attemptsLeft, BigDecimal bestPercentage,
            UUID openAttempt, Long timeLeftSeconds) {
    }

    private final StudentQuizzes studentQuizzes;
    private final QuizApi quizzes;
    private final Clock clock;

    QuizListApiController(StudentQuizzes studentQuizzes, QuizApi quizzes, Clock clock) {
        this.studentQuizzes = studentQuizzes;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @GetMapping("/api/v1/quizzes")
    @Operation(summary = "Published quizzes; for a student with their state (UPCOMING, OPEN, IN_PROGRESS, "
            + "NEEDS_GRADING, NO_ATTEMPTS_LEFT, CLOSED) and attempts")
    List<QuizItem> list(@AuthenticationPrincipal AuthenticatedUser user) {
        if (user.isInstructor()) {
            return quizzes.published().stream().map(q -> new QuizItem(q.id(), q.title(), q.opensAt(), q.closesAt(),
                    null, null, null, null, null, null, null, null)).toList();
        }
        return studentQuizzes.of(user.id(), clock.instant()).stream().map(e -> new QuizItem(e.quiz().id(),
                e.quiz().title(), e.quiz().opensAt(), e.closesAt(), e.state().name(),
                e.timeLimit().map(Duration::toSeconds).orElse(null), e.attemptsAllowed(), e.attemptsUsed(),
                e.attemptsLeft(), e.bestPercentage().orElse(null), e.openAttempt().orElse(null),
                e.timeLeft().map(Duration::toSeconds).orElse(null))).toList();
    }
}
