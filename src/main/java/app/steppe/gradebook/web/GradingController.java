package app.steppe.gradebook.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.account.AccountApi;
import app.steppe.attempt.AttemptGrading;
import app.steppe.attempt.AttemptGrading.AttemptMarks;
import app.steppe.attempt.AttemptGrading.MarkOutcome;
import app.steppe.gradebook.domain.GradingDesk;
import app.steppe.gradebook.domain.GradingDesk.QuizAnswers;
import app.steppe.gradebook.domain.GradingItem;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.quiz.QuizGrading;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;

/**
 * Manual grading: a quiz's queue (question by question across students, or attempt by attempt), one attempt's page
 * with every mark and its audit trail, and the one form that grades or overrides a mark. A refused form comes back
 * on its page with the reason at the field and a 4xx status; nothing is saved then.
 */
@Controller
class GradingController {

    /** A question of the queue's list, with how many of its answers wait for a grader. */
    record QueueQuestion(long questionId, String slug, String type, long pending, long answers) {
    }

    /** An attempt of the queue's attempt-by-attempt list. */
    record QueueAttempt(UUID attemptId, String student, int attemptNo, String state, long pending, String total) {
    }

    private final GradingDesk desk;
    private final AttemptGrading grading;
    private final QuizGradeReleases quizzes;
    private final MessageSource messages;
    private final Clock clock;
    private final AccountApi accounts;

    GradingController(GradingDesk desk, AttemptGrading grading, QuizGradeReleases quizzes, MessageSource messages,
            Clock clock, AccountApi accounts) {
        this.accounts = accounts;
        this.desk = desk;
        this.grading = grading;
        this.quizzes = quizzes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/instructor/grading/quizzes/{quizId}")
    String queue(@PathVariable long quizId, @RequestParam(defaultValue = "question") String by,
            @RequestParam(required = false) Long question, @RequestParam(defaultValue = "false") boolean anonymous,
            Model model, Locale locale) {
        queueModel(quizId, by, question, anonymous, model, locale);
        return "gradebook/queue";
    }

    @GetMapping("/instructor/grading/attempts/{attemptId}")
    String attempt(@PathVariable UUID attemptId, @RequestParam(defaultValue = "false") boolean anonymous, Model model,
            Locale locale) {
        attemptModel(attemptId, anonymous, model, locale);
        return "gradebook/attempt";
    }

    @PostMapping("/instructor/grading/attempts/{attemptId}/questions/{versionId}")
    String mark(@PathVariable UUID attemptId, @PathVariable long versionId, @ModelAttribute MarkForm form,
            @AuthenticationPrincipal AuthenticatedUser user, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        var marks = grading.marks(attemptId).orElseThrow(() -> new NotFoundException("attempt"));
        var points = form.parsedPoints();
        MarkOutcome outcome;
        if (points.isEmpty()) {
            outcome = MarkOutcome.POINTS_OUT_OF_RANGE;
        } else if (form.revision() == null) {
            outcome = MarkOutcome.STALE;
        } else if (form.isOverride()) {
            outcome = grading.override(attemptId, versionId, points.get(), form.reason(), form.comment(), form.revision(),
                    user.id(), clock.instant());
        } else {
            outcome = grading.grade(attemptId, versionId, points.get(), form.comment(), form.revision(), user.id(),
                    clock.instant());
        }
        if (outcome == MarkOutcome.SAVED) {
            Flash.success(redirect, form.isOverride() ? "gradebook.flash.overridden" : "gradebook.flash.graded");
            if (form.backToQueue()) {
                return "redirect:/instructor/grading/quizzes/" + marks.attempt().quizId() + "?by=question&anonymous="
                        + form.isAnonymous() + (form.question() == null ? "" : "&question=" + form.question());
            }
            return "redirect:/instructor/grading/attempts/" + attemptId + "?anonymous=" + form.isAnonymous();
        }
        if (outcome == MarkOutcome.UNKNOWN_QUESTION) {
            throw new NotFoundException("question");
        }
        response.setStatus(outcome == MarkOutcome.STALE || outcome == MarkOutcome.NOT_AWAITING_GRADE ? 409 : 400);
        String field = switch (outcome) {
            case POINTS_OUT_OF_RANGE -> "points";
            case REASON_REQUIRED -> "reason";
            default -> "form";
        };
        String max = marks.question(versionId).map(q -> q.max().stripTrailingZeros().toPlainString()).orElse("");
        model.addAttribute("markError", new MarkError(attemptId, versionId, field,
                "gradebook.refused." + outcome.name(), form));
        model.addAttribute("markErrorMax", max);
        if (form.backToQueue()) {
            queueModel(marks.attempt().quizId(), "question", form.question(), form.isAnonymous(), model, locale);
            return "gradebook/queue";
        }
        attemptModel(attemptId, form.isAnonymous(), model, locale);
        return "gradebook/attempt";
    }

    private void queueModel(long quizId, String by, Long question, boolean anonymous, Model model, Locale locale) {
        QuizGrading quiz = quizzes.grading(quizId, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        QuizAnswers answers = desk.quiz(quizId, anonymous, anonymousPattern(locale));
        Map<Long, List<GradingItem>> byQuestion = new LinkedHashMap<>();
        var attempts = new ArrayList<QueueAttempt>();
        for (AttemptMarks marks : answers.attempts()) {
            var items = answers.items(marks);
            items.forEach(i -> byQuestion.computeIfAbsent(i.questionId(), q -> new ArrayList<>()).add(i));
            attempts.add(new QueueAttempt(marks.attempt().id(), answers.label(marks.attempt().studentId()),
                    marks.attempt().attemptNo(), marks.attempt().state().name(),
                    items.stream().filter(GradingItem::needsGrading).count(),
                    marks.attempt().total().map(t -> t.stripTrailingZeros().toPlainString()).orElse("") + " / "
                            + marks.attempt().max().stripTrailingZeros().toPlainString()));
        }
        var questions = byQuestion.values().stream().map(items -> new QueueQuestion(items.get(0).questionId(),
                items.get(0).slug(), items.get(0).type(), items.stream().filter(GradingItem::needsGrading).count(),
                items.size())).toList();
        Long selected = question != null && byQuestion.containsKey(question) ? question
                : questions.stream().filter(q -> q.pending() > 0).map(QueueQuestion::questionId).findFirst()
                        .orElse(questions.isEmpty() ? null : questions.get(0).questionId());
        model.addAttribute("quiz", quiz);
        model.addAttribute("by", "attempt".equals(by) ? "attempt" : "question");
        model.addAttribute("anonymous", anonymous);
        model.addAttribute("questions", questions);
        model.addAttribute("selected", selected);
        model.addAttribute("items", selected == null ? List.of() : answers.itemsOfQuestion(selected));
        model.addAttribute("attempts", attempts);
        model.addAttribute("pending", questions.stream().mapToLong(QueueQuestion::pending).sum());
    }

    private void attemptModel(UUID attemptId, boolean anonymous, Model model, Locale locale) {
        QuizAnswers answers = desk.attempt(attemptId, anonymous, anonymousPattern(locale))
                .orElseThrow(() -> new NotFoundException("attempt"));
        AttemptMarks marks = answers.attempts().get(0);
        var items = answers.items(marks);
        Map<Long, String> slugs = new LinkedHashMap<>();
        items.forEach(i -> slugs.put(i.versionId(), i.slug()));
        model.addAttribute("attempt", marks.attempt());
        model.addAttribute("student", answers.label(marks.attempt().studentId()));
        model.addAttribute("quiz", quizzes.grading(marks.attempt().quizId(), clock.instant()).orElse(null));
        model.addAttribute("anonymous", anonymous);
        model.addAttribute("items", items);
        model.addAttribute("slugs", slugs);
        var audit = grading.history(attemptId);
        model.addAttribute("audit", audit);
        model.addAttribute("auditNames", accounts.displayNames(audit.stream()
                .flatMap(line -> line.changedBy().stream()).collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("pending", items.stream().filter(GradingItem::needsGrading).count());
    }

    private String anonymousPattern(Locale locale) {
        return messages.getMessage("gradebook.anonymous.student", null, "Student {0}", locale);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
