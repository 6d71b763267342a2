package app.steppe.attempt.web;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.attempt.domain.Attempts;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.StudentQuizRules;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;

/** Starting a quiz: the rules, then a confirmed start (idempotent: a second click resumes the same attempt). */
@Controller
@RequestMapping("/quizzes/{quizId}")
class QuizStartController {

    private final QuizApi quizzes;
    private final Attempts attempts;
    private final Clock clock;

    QuizStartController(QuizApi quizzes, Attempts attempts, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.clock = clock;
    }

    @GetMapping
    String rules(@PathVariable long quizId, @AuthenticationPrincipal AuthenticatedUser student, Model model) {
        var quiz = quizzes.quiz(quizId).orElseThrow(() -> new NotFoundException("quiz"));
        var rules = rulesOf(quizId, student.id());
        var mine = attempts.summariesOf(student.id()).stream().filter(a -> a.quizId() == quizId).toList();
        var check = quizzes.mayStart(quizId, student.id(), clock.instant(), mine.size());
        model.addAttribute("page", StartPage.of(quiz, rules, mine, check));
        return "attempt/start";
    }

    @PostMapping("/start")
    String start(@PathVariable long quizId, @AuthenticationPrincipal AuthenticatedUser student,
            RedirectAttributes redirect) {
        var result = attempts.start(quizId, student.id(), clock.instant());
        if (result.kind() == Attempts.StartResult.Kind.REFUSED) {
            redirect.addFlashAttribute("flashError", "attempt.start.refused." + result.refusal().orElseThrow().name());
            return "redirect:/quizzes/" + quizId;
        }
        return "redirect:/attempts/" + result.attemptId().orElseThrow();
    }

    private StudentQuizRules rulesOf(long quizId, long studentId) {
        try {
            return quizzes.rulesFor(quizId, studentId);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("quiz");
        }
    }
}
