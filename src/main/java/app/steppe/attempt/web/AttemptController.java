package app.steppe.attempt.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.Attempts.QuestionSlot;
import app.steppe.attempt.domain.Attempts.TakingView;
import app.steppe.attempt.domain.MoveResult;
import app.steppe.attempt.domain.Navigation;
import app.steppe.attempt.domain.SubmitResult;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.QuizView;
import app.steppe.shared.security.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The attempt page and its plain form: everything works without JavaScript (the form saves every answer it shows,
 * then does what its button says); attempt.js adds autosave, the countdown and flags without a reload.
 */
@Controller
@RequestMapping("/attempts/{id}")
class AttemptController {

    private final Attempts attempts;
    private final QuizApi quizzes;
    private final Clock clock;

    AttemptController(Attempts attempts, QuizApi quizzes, Clock clock) {
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student, Model model) {
        var view = attempts.taking(id, student.id(), clock.instant());
        if (view.finished()) {
            return review(id);
        }
        List<QuestionSlot> shown = view.navigation() == Navigation.FREE ? view.questions()
                : List.of(view.questions().get(view.currentPosition()));
        model.addAttribute("shown", shown);
        model.addAttribute("isLast", view.currentPosition() == view.questions().size() - 1);
        return withTimer(view, model, "attempt/take");
    }

    /** The page's form without JavaScript: saves what changed, then saves / moves on / flags / goes to the summary. */
    @PostMapping
    String answer(@PathVariable UUID id, @RequestParam String action, @RequestParam(required = false) Integer position,
            @AuthenticationPrincipal AuthenticatedUser student, HttpServletRequest request, RedirectAttributes redirect) {
        var view = attempts.taking(id, student.id(), clock.instant());
        if (view.finished()) {
            return review(id);
        }
        for (var changed : SubmittedAnswers.changedOnPage(view, request.getParameterMap())) {
            var saved = attempts.save(id, student.id(), changed.versionId(), changed.form(), changed.sequence(), clock.instant());
            if (saved.finished()) {
                redirect.addFlashAttribute("flashError", "attempt.closedAtDeadline");
                return review(id);
            }
        }
        if (action.equals("save")) {
            redirect.addFlashAttribute("flashSuccess", "attempt.saved");
            return "redirect:/attempts/" + id;
        }
        if (action.equals("finish")) {
            return "redirect:/attempts/" + id + "/summary";
        }
        if (action.equals("next")) {
            return next(id, student, view, position, redirect);
        }
        if (action.startsWith("flag-")) {
            long versionId = SubmittedAnswers.versionId(action.substring("flag-".length()));
            var slot = view.questions().stream().filter(q -> q.versionId() == versionId).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
            attempts.flag(id, student.id(), versionId, !slot.flagged(), clock.instant());
            return "redirect:/attempts/" + id + "#q-" + versionId;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    /** Sequential "Next": only to the question after the current one; a repeated click moves no further. */
    private String next(UUID id, AuthenticatedUser student, TakingView view, Integer position, RedirectAttributes redirect) {
        if (position == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        int current = view.currentPosition();
        var result = position == current || position == current + 1
                ? attempts.move(id, student.id(), position, clock.instant()) : MoveResult.REFUSED_OUT_OF_RANGE;
        if (result == MoveResult.REFUSED_FINISHED) {
            return review(id);
        }
        if (result != MoveResult.MOVED) {
            redirect.addFlashAttribute("flashError", "attempt.move.refused");
        }
        return "redirect:/attempts/" + id;
    }

    @GetMapping("/summary")
    String summary(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student, Model model) {
        var view = attempts.taking(id, student.id(), clock.instant());
        if (view.finished()) {
            return review(id);
        }
        model.addAttribute("unanswered", view.questions().size() - view.answeredCount());
        model.addAttribute("flagged", view.questions().stream().filter(QuestionSlot::flagged).count());
        return withTimer(view, model, "attempt/summary");
    }

    @PostMapping("/submit")
    String submit(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student, RedirectAttributes redirect) {
        var result = attempts.submit(id, student.id(), clock.instant());
        redirect.addFlashAttribute(result == SubmitResult.REFUSED_AFTER_DEADLINE ? "flashError" : "flashSuccess",
                result == SubmitResult.REFUSED_AFTER_DEADLINE ? "attempt.closedAtDeadline" : "attempt.submitted");
        return review(id);
    }

    private String withTimer(TakingView view, Model model, String template) {
        model.addAttribute("view", view);
        model.addAttribute("quiz", quizzes.quiz(view.quizId()).map(QuizView::title).orElse(""));
        model.addAttribute("remainingMs", view.remaining().map(d -> d.toMillis()).orElse(null));
        model.addAttribute("remainingText", view.remaining().map(TimeLeft::clock).orElse(null));
        return template;
    }

    private static String review(UUID id) {
        return "redirect:/attempts/" + id + "/review";
    }
}
