package app.steppe.attempt.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.steppe.attempt.domain.AttemptReviews;
import app.steppe.attempt.domain.Attempts;
import app.steppe.quiz.QuizApi;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;

/** The student's review of a finished attempt, as much of it as the quiz's review options allow now. */
@Controller
class ReviewController {

    private final AttemptReviews reviews;
    private final Attempts attempts;
    private final QuizApi quizzes;
    private final ReviewPages pages;
    private final Clock clock;

    ReviewController(AttemptReviews reviews, Attempts attempts, QuizApi quizzes, ReviewPages pages, Clock clock) {
        this.reviews = reviews;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/attempts/{id}/review")
    String review(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student, Model model) {
        Instant now = clock.instant();
        var summary = reviews.summary(id).filter(s -> s.studentId() == student.id())
                .orElseThrow(() -> new NotFoundException("attempt"));
        // an attempt whose time ran out is closed at its deadline first; one still running is taken, not reviewed
        if (!summary.finished() && !attempts.closeIfOverdue(id, student.id(), now)) {
            return "redirect:/attempts/" + id;
        }
        var attempt = reviews.ofStudent(id, student.id());
        long quizId = attempt.summary().quizId();
        var quiz = quizzes.quiz(quizId).orElseThrow(() -> new NotFoundException("quiz"));
        model.addAttribute("review", pages.forStudent(attempt, quiz, quizzes.rulesFor(quizId, student.id()), now,
                quizzes.gradesReleased(quizId, now)));
        return "attempt/review";
    }
}
