package app.steppe.attempt.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import app.steppe.account.AccountApi;
import app.steppe.account.AccountApi.StudentRef;
import app.steppe.attempt.domain.AttemptReviews;
import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.Attempts.AttemptSummary;
import app.steppe.attempt.domain.GradeState;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.QuizView;
import app.steppe.shared.web.NotFoundException;

/** The instructor's view of attempts: a quiz's attempts as they happen, and one attempt in full. */
@Controller
@RequestMapping("/instructor")
class InstructorAttemptsController {

    /**
     * A row of the list. {@code status}: inProgress, timeUp (overdue, the server closes it at its deadline),
     * SUBMITTED_BY_STUDENT or AUTO_AT_DEADLINE; score fields are null until scored.
     */
    record AttemptRow(UUID id, String student, int attemptNo, String startedAt, String status, String timeLeft,
            String finishedAt, BigDecimal total, BigDecimal max, BigDecimal percentage, boolean needsGrading) {
    }

    private final Attempts attempts;
    private final AttemptReviews reviews;
    private final QuizApi quizzes;
    private final AccountApi accounts;
    private final ReviewPages pages;
    private final ReviewTime time;
    private final Clock clock;

    InstructorAttemptsController(Attempts attempts, AttemptReviews reviews, QuizApi quizzes, AccountApi accounts,
            ReviewPages pages, ReviewTime time, Clock clock) {
        this.attempts = attempts;
        this.reviews = reviews;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.pages = pages;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/quizzes/{quizId}/attempts")
    String list(@PathVariable long quizId, Model model) {
        QuizView quiz = quiz(quizId);
        Instant now = clock.instant();
        Map<Long, String> names = accounts.students().stream()
                .collect(Collectors.toMap(StudentRef::id, StudentRef::displayName, (a, b) -> a));
        model.addAttribute("quiz", quiz);
        model.addAttribute("attempts", attempts.summariesOfQuiz(quizId).stream()
                .map(a -> row(a, names.getOrDefault(a.studentId(), "#" + a.studentId()), now)).toList());
        model.addAttribute("refreshedAt", time.precise(now));
        return "attempt/instructor-attempts";
    }

    @GetMapping("/attempts/{id}")
    String show(@PathVariable UUID id, Model model) {
        var attempt = reviews.any(id);
        long quizId = attempt.summary().quizId();
        long studentId = attempt.summary().studentId();
        String name = accounts.student(studentId).map(StudentRef::displayName).orElse("#" + studentId);
        int passing = quizzes.rulesFor(quizId, studentId).passingPercent();
        model.addAttribute("review", pages.forInstructor(attempt, quiz(quizId), passing, name));
        return "attempt/instructor-attempt";
    }

    private AttemptRow row(AttemptSummary a, String student, Instant now) {
        String status = a.finishKind().map(Enum::name)
                .orElse(a.remainingAt(now).map(left -> left.isZero() ? "timeUp" : "inProgress").orElse("inProgress"));
        return new AttemptRow(a.id(), student, a.attemptNo(), time.precise(a.startedAt()), status,
                a.remainingAt(now).map(ReviewTime::minutes).orElse(null), a.finishedAt().map(time::precise).orElse(""),
                a.total().orElse(null), a.max(), a.percentage().orElse(null),
                a.gradeState().filter(g -> g == GradeState.PROVISIONAL).isPresent());
    }

    private QuizView quiz(long id) {
        return quizzes.quiz(id).orElseThrow(() -> new NotFoundException("quiz " + id));
    }
}
