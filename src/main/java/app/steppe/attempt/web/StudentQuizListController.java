package app.steppe.attempt.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.steppe.attempt.domain.StudentQuizzes;
import app.steppe.shared.security.AuthenticatedUser;

/** The student's quizzes: every published quiz with its state for this student, each linking to its start page. */
@Controller
class StudentQuizListController {

    /**
     * A row. {@code state} names a message ({@code quizList.state.*}); {@code limitMinutes}/{@code limitSeconds} are
     * null for an untimed quiz; {@code best} is null when the score is not to be seen (yet).
     */
    record QuizRow(long id, String title, String state, String opens, String closes, Long limitMinutes,
            Long limitSeconds, boolean extraTime, int attemptsLeft, int attemptsAllowed, BigDecimal best,
            boolean needsGrading, UUID openAttempt, String timeLeft) {
    }

    private final StudentQuizzes quizzes;
    private final ReviewTime time;
    private final Clock clock;

    StudentQuizListController(StudentQuizzes quizzes, ReviewTime time, Clock clock) {
        this.quizzes = quizzes;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/quizzes")
    String list(@AuthenticationPrincipal AuthenticatedUser student, Model model) {
        model.addAttribute("quizzes", quizzes.of(student.id(), clock.instant()).stream().map(this::row).toList());
        return "attempt/quiz-list";
    }

    private QuizRow row(StudentQuizzes.Entry e) {
        var limit = e.timeLimit();
        return new QuizRow(e.quiz().id(), e.quiz().title(), e.state().name(), time.show(e.quiz().opensAt()),
                time.show(e.closesAt()), limit.map(Duration::toMinutes).orElse(null),
                limit.map(d -> (long) d.toSecondsPart()).orElse(null), e.extraTime(), e.attemptsLeft(),
                e.attemptsAllowed(), e.bestPercentage().orElse(null), e.needsGrading(),
                e.openAttempt().orElse(null), e.timeLeft().map(ReviewTime::minutes).orElse(null));
    }
}
