package app.steppe.gradebook.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.attempt.AttemptGrading;
import app.steppe.gradebook.domain.GradingDesk;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;

/**
 * Regrading after an answer key was corrected: the questions whose current version is newer than a version the
 * quiz's attempts used, a dry run (attempt, student, old → new total), then applying it.
 */
@Controller
class RegradeController {

    /** A question the attempts used, with the versions they used and the current one. */
    record UsedQuestion(long questionId, String slug, List<Long> usedVersions, long currentVersion) {

        public boolean changed() {
            return usedVersions.stream().anyMatch(v -> v != currentVersion);
        }
    }

    private final AttemptGrading grading;
    private final QuestionBankApi bank;
    private final GradingDesk desk;
    private final QuizGradeReleases quizzes;
    private final Clock clock;

    RegradeController(AttemptGrading grading, QuestionBankApi bank, GradingDesk desk, QuizGradeReleases quizzes,
            Clock clock) {
        this.grading = grading;
        this.bank = bank;
        this.desk = desk;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @GetMapping("/instructor/grading/quizzes/{quizId}/regrade")
    String page(@PathVariable long quizId, @RequestParam(required = false) Long question, Model model) {
        var quiz = quizzes.grading(quizId, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        var used = used(quizId);
        model.addAttribute("quiz", quiz);
        model.addAttribute("questions", used);
        if (question != null) {
            var chosen = used.stream().filter(q -> q.questionId() == question).findFirst()
                    .orElseThrow(() -> new NotFoundException("question"));
            model.addAttribute("chosen", chosen);
            model.addAttribute("dryRun", grading.regradeDryRun(quizId, question));
            model.addAttribute("students", desk.students());
        }
        return "gradebook/regrade";
    }

    @PostMapping("/instructor/grading/quizzes/{quizId}/regrade")
    String apply(@PathVariable long quizId, @RequestParam long question, @AuthenticationPrincipal AuthenticatedUser user,
            RedirectAttributes redirect) {
        quizzes.grading(quizId, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        if (used(quizId).stream().noneMatch(q -> q.questionId() == question)) {
            throw new NotFoundException("question");
        }
        var changed = grading.regrade(quizId, question, user.id(), clock.instant());
        Flash.success(redirect, "gradebook.flash.regraded", changed.size());
        return "redirect:/instructor/grading/quizzes/" + quizId + "/regrade";
    }

    /** Two queries for the attempts, one for the versions, one per question for its current version. */
    private List<UsedQuestion> used(long quizId) {
        var versions = new HashSet<Long>();
        grading.marksOfQuiz(quizId).forEach(m -> m.questions().forEach(q -> versions.add(q.versionId())));
        if (versions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> byQuestion = new LinkedHashMap<>();
        Map<Long, String> slugs = new LinkedHashMap<>();
        bank.asked(versions).values().forEach(a -> {
            byQuestion.computeIfAbsent(a.questionId(), q -> new ArrayList<>()).add(a.versionId());
            slugs.put(a.questionId(), a.content().slug());
        });
        var used = new ArrayList<UsedQuestion>();
        byQuestion.forEach((questionId, vs) -> bank.currentVersionId(questionId).ifPresent(current ->
                used.add(new UsedQuestion(questionId, slugs.get(questionId), vs.stream().sorted().toList(), current))));
        used.sort((a, b) -> Boolean.compare(b.changed(), a.changed()));
        return used;
    }
}
