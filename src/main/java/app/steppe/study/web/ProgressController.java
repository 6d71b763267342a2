package app.steppe.study.web;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.study.domain.StudentDeck;
import app.steppe.study.domain.StudyProgress;
import app.steppe.study.domain.StudyQuestions;

/** The student's own progress; the chart reads its data from data-attributes (no inline script). */
@Controller
class ProgressController {

    /** The chart's data as the canvas carries it: comma-separated days and counts. */
    record Chart(String days, String counts) {
    }

    private final StudyProgress progress;
    private final StudyQuestions questions;
    private final StudentDeck deck;
    private final Clock clock;

    ProgressController(StudyProgress progress, StudyQuestions questions, StudentDeck deck, Clock clock) {
        this.progress = progress;
        this.questions = questions;
        this.deck = deck;
        this.clock = clock;
    }

    @GetMapping("/study/progress")
    String show(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        Instant now = clock.instant();
        deck.takeInMissedQuestions(user.id(), now);
        StudyProgress.Report report = progress.of(user.id(), questions.pool(now), now);
        model.addAttribute("report", report);
        model.addAttribute("chart", new Chart(
                report.days().stream().map(d -> d.day().toString()).collect(Collectors.joining(",")),
                report.days().stream().map(d -> String.valueOf(d.reviews())).collect(Collectors.joining(","))));
        return "study/progress";
    }
}
