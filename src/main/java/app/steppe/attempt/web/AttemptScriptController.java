package app.steppe.attempt.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.SaveOutcome;
import app.steppe.attempt.domain.SubmitResult;
import app.steppe.shared.security.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What attempt.js asks of the server: autosave one answer, flag a question, submit at the deadline, and a fresh CSRF
 * token after the student logged in again in another tab. Answers carry only what the server holds and the time left
 * by the server's clock; never marks or anything of the answer key.
 */
@RestController
@RequestMapping("/attempts/{id}")
class AttemptScriptController {

    /** The answer to an autosave; {@code remainingMs} is null for an untimed attempt. */
    record SaveReply(SaveOutcome outcome, long sequence, String savedAt, Long remainingMs, boolean finished) {
    }

    record FlagReply(boolean flagged, boolean done) {
    }

    record SubmitReply(SubmitResult outcome, boolean finished) {
    }

    record TokenReply(String token, String header) {
    }

    private final Attempts attempts;
    private final Clock clock;

    AttemptScriptController(Attempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @PostMapping("/answers/{versionId}")
    ResponseEntity<SaveReply> save(@PathVariable UUID id, @PathVariable long versionId, @RequestParam String seq,
            @AuthenticationPrincipal AuthenticatedUser student, HttpServletRequest request) {
        var form = SubmittedAnswers.of(versionId, request.getParameterMap());
        var saved = attempts.save(id, student.id(), versionId, form, SubmittedAnswers.sequence(seq), clock.instant());
        var reply = new SaveReply(saved.outcome(), saved.storedSequence(), saved.savedAt().map(Object::toString).orElse(null),
                saved.remaining().map(Duration::toMillis).orElse(null), saved.finished());
        return ResponseEntity.status(statusOf(saved.outcome())).body(reply);
    }

    @PostMapping(path = "/flags/{versionId}", headers = "X-Requested-With=XMLHttpRequest")
    ResponseEntity<FlagReply> flag(@PathVariable UUID id, @PathVariable long versionId, @RequestParam boolean flagged,
            @AuthenticationPrincipal AuthenticatedUser student) {
        SubmittedAnswers.requireVersionId(versionId);
        boolean done = attempts.flag(id, student.id(), versionId, flagged, clock.instant());
        return ResponseEntity.status(done ? HttpStatus.OK : HttpStatus.CONFLICT).body(new FlagReply(flagged, done));
    }

    @PostMapping(path = "/submit", headers = "X-Requested-With=XMLHttpRequest")
    SubmitReply submit(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student) {
        return new SubmitReply(attempts.submit(id, student.id(), clock.instant()), true);
    }

    /**
     * The session's CSRF token: a new login (another tab) means a new session and a new token for this page. The
     * token belongs to the session, not to the attempt, so the attempt named in the path is not looked up.
     */
    @GetMapping("/token")
    TokenReply token(CsrfToken token) {
        return new TokenReply(token.getToken(), token.getHeaderName());
    }

    private static HttpStatus statusOf(SaveOutcome outcome) {
        return switch (outcome) {
            case ACCEPTED, IGNORED_STALE -> HttpStatus.OK;
            case REFUSED_UNKNOWN_QUESTION -> HttpStatus.UNPROCESSABLE_ENTITY;
            case REFUSED_NOT_REACHABLE, REFUSED_AFTER_DEADLINE, REFUSED_FINISHED -> HttpStatus.CONFLICT;
        };
    }
}
