package app.steppe.study.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.QuestionRef;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;
import app.steppe.study.domain.PracticeSets;

/** Instructors open sets for practice and see how much each is studied, in aggregate only. */
@Controller
@RequestMapping("/instructor/practice")
class InstructorPracticeController {

    /** A set with its practice state and its students' activity (counts, never who). */
    record SetRow(long id, String title, int questions, boolean open, long students, long reviewsLastWeek) {
    }

    private final QuestionBankApi bank;
    private final PracticeSets practice;
    private final Clock clock;

    InstructorPracticeController(QuestionBankApi bank, PracticeSets practice, Clock clock) {
        this.bank = bank;
        this.practice = practice;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Instant now = clock.instant();
        Set<Long> open = practice.openSetIds();
        model.addAttribute("sets", bank.sets().stream().map(s -> {
            var activity = practice.activity(bank.questions(s.id()).stream().map(QuestionRef::questionId).toList(), now);
            return new SetRow(s.id(), s.title(), s.questionCount(), open.contains(s.id()), activity.students(),
                    activity.reviewsLastWeek());
        }).toList());
        return "study/instructor-practice";
    }

    @PostMapping("/{setId}")
    String toggle(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long setId,
            @RequestParam boolean open, RedirectAttributes redirect) {
        var set = bank.set(setId).orElseThrow(() -> new NotFoundException("question set " + setId));
        if (open) {
            practice.open(setId, user.id(), clock.instant());
        } else {
            practice.close(setId);
        }
        redirect.addFlashAttribute("flashSuccess", open ? "study.instructor.opened" : "study.instructor.closed");
        redirect.addFlashAttribute("flashArgs", new Object[] {set.title()});
        return "redirect:/instructor/practice";
    }
}
