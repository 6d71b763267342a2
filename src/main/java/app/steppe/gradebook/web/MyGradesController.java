package app.steppe.gradebook.web;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.steppe.gradebook.domain.GradebookReader;
import app.steppe.shared.security.AuthenticatedUser;

/** A student's own grades, only for quizzes whose results are released. */
@Controller
class MyGradesController {

    private final GradebookReader reader;
    private final Clock clock;

    MyGradesController(GradebookReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping("/grades")
    String grades(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        model.addAttribute("grades", reader.releasedTo(user.id(), clock.instant()));
        return "gradebook/my-grades";
    }
}
