package app.steppe.attempt.web;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.steppe.attempt.domain.Attempts;
import app.steppe.shared.security.AuthenticatedUser;

/** Flagging from a plain form post (no script): back to the question on the attempt page. */
@Controller
class FlagController {

    private final Attempts attempts;
    private final Clock clock;

    FlagController(Attempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @PostMapping("/attempts/{id}/flags/{versionId}")
    String flag(@PathVariable UUID id, @PathVariable long versionId, @RequestParam boolean flagged,
            @AuthenticationPrincipal AuthenticatedUser student) {
        SubmittedAnswers.requireVersionId(versionId);
        attempts.flag(id, student.id(), versionId, flagged, clock.instant());
        return "redirect:/attempts/" + id + "#q-" + versionId;
    }
}
