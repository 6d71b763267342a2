package app.steppe.gradebook.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.attempt.AttemptGrading;
import app.steppe.attempt.AttemptGrading.AttemptHeader;
import app.steppe.gradebook.domain.Gradebook;
import app.steppe.gradebook.domain.GradebookReader;
import app.steppe.quiz.GradeRelease;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.shared.web.NotFoundException;

/** The gradebook (students × quizzes, sortable), its per-student and per-quiz drill-downs, and releasing results. */
@Controller
class GradebookController {

    private final GradebookReader reader;
    private final AttemptGrading grading;
    private final QuizGradeReleases releases;
    private final Clock clock;

    GradebookController(GradebookReader reader, AttemptGrading grading, QuizGradeReleases releases, Clock clock) {
        this.reader = reader;
        this.grading = grading;
        this.releases = releases;
        this.clock = clock;
    }

    @GetMapping("/instructor/gradebook")
    String gradebook(@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        var order = Gradebook.Sort.of(sort, dir);
        model.addAttribute("book", reader.gradebook(clock.instant()).sorted(order));
        model.addAttribute("sort", order.column());
        model.addAttribute("descending", order.descending());
        return "gradebook/gradebook";
    }

    @GetMapping("/instructor/gradebook/students/{studentId}")
    String student(@PathVariable long studentId, Model model) {
        var book = reader.gradebook(clock.instant());
        var row = book.rows().stream().filter(r -> r.student().id() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("student"));
        model.addAttribute("book", book);
        model.addAttribute("row", row);
        model.addAttribute("attempts", grading.attemptsOfStudent(studentId));
        return "gradebook/student";
    }

    @GetMapping("/instructor/gradebook/quizzes/{quizId}")
    String quiz(@PathVariable long quizId, Model model) {
        var book = reader.gradebook(clock.instant());
        var quiz = book.quizzes().stream().filter(q -> q.quizId() == quizId).findFirst()
                .orElseThrow(() -> new NotFoundException("quiz"));
        List<AttemptHeader> attempts = grading.marksOfQuiz(quizId).stream().map(m -> m.attempt()).toList();
        model.addAttribute("book", book);
        model.addAttribute("quiz", quiz);
        model.addAttribute("attempts", attempts);
        model.addAttribute("modes", GradeRelease.values());
        return "gradebook/quiz";
    }

    @PostMapping("/instructor/gradebook/quizzes/{quizId}/release")
    String release(@PathVariable long quizId, RedirectAttributes redirect) {
        releases.release(quizId, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        Flash.success(redirect, "gradebook.flash.released");
        return "redirect:/instructor/gradebook/quizzes/" + quizId;
    }

    @PostMapping("/instructor/gradebook/quizzes/{quizId}/withdraw")
    String withdraw(@PathVariable long quizId, RedirectAttributes redirect) {
        releases.withdraw(quizId, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        Flash.success(redirect, "gradebook.flash.withdrawn");
        return "redirect:/instructor/gradebook/quizzes/" + quizId;
    }

    @PostMapping("/instructor/gradebook/quizzes/{quizId}/release-mode")
    String releaseMode(@PathVariable long quizId, @RequestParam(required = false) String mode,
            RedirectAttributes redirect) {
        GradeRelease release;
        try {
            release = GradeRelease.valueOf(mode == null ? "" : mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            Flash.error(redirect, "gradebook.flash.modeUnknown");
            return "redirect:/instructor/gradebook/quizzes/" + quizId;
        }
        releases.changeRelease(quizId, release, clock.instant()).orElseThrow(() -> new NotFoundException("quiz"));
        Flash.success(redirect, "gradebook.flash.modeChanged");
        return "redirect:/instructor/gradebook/quizzes/" + quizId;
    }
}
