package app.steppe.attempt.web.api;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.SubmitResult;
import app.steppe.attempt.web.api.AttemptJson.AttemptView;
import app.steppe.attempt.web.api.AttemptJson.ResultView;
import app.steppe.attempt.web.api.AttemptJson.SaveView;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;
import app.steppe.shared.web.api.ApiController;
import app.steppe.shared.web.api.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Taking a quiz through the API, for students, with the rules of the attempt pages: the same services decide (start,
 * save, submit, what a result shows). Another student's attempt is 404, never 403, so its existence does not leak;
 * a save or submit the attempt's state refuses (after the deadline, already submitted) is 409.
 */
@ApiController
@Tag(name = "Quizzes and attempts")
class AttemptApiController {

    private final Attempts attempts;
    private final AttemptResultViews results;
    private final Clock clock;

    AttemptApiController(Attempts attempts, AttemptResultViews results, Clock clock) {
        this.attempts = attempts;
        this.results = results;
        this.clock = clock;
    }

    @PostMapping("/api/v1/quizzes/{quizId}/attempts")
    @Operation(summary = "Start an attempt, or resume the one running (201 started, 200 resumed; 409 when the quiz "
            + "is not open or no attempt is left)")
    ResponseEntity<AttemptView> start(@PathVariable long quizId, @AuthenticationPrincipal AuthenticatedUser student) {
        var now = clock.instant();
        var result = attempts.start(quizId, student.id(), now);
        if (result.kind() == Attempts.StartResult.Kind.REFUSED) {
            var check = result.refusal().orElseThrow();
            throw ApiProblems.conflict(check.name(), "No attempt can be started now: " + check.name() + ".");
        }
        var view = AttemptView.of(attempts.taking(result.attemptId().orElseThrow(), student.id(), now));
        return ResponseEntity.status(result.kind() == Attempts.StartResult.Kind.STARTED ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/api/v1/attempts/" + view.id()).body(view);
    }

    @GetMapping("/api/v1/attempts/{id}")
    @Operation(summary = "An attempt with its questions (no answer key) and the answers saved; an overdue one is closed first")
    AttemptView attempt(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student) {
        return AttemptView.of(attempts.taking(id, student.id(), clock.instant()));
    }

    @PutMapping("/api/v1/attempts/{id}/answers/{questionId}")
    @Operation(summary = "Save the answer to one question (200; 409 after the deadline, when submitted, or when "
            + "sequential navigation has moved on; 404 for a question not in the attempt)")
    SaveView save(@PathVariable UUID id, @PathVariable long questionId, @Valid @RequestBody SaveRequest request,
            @AuthenticationPrincipal AuthenticatedUser student) {
        var response = attempts.save(id, student.id(), questionId, request.answerForm(), request.sequence(),
                clock.instant());
        return switch (response.outcome()) {
            case ACCEPTED, IGNORED_STALE -> SaveView.of(response);
            case REFUSED_UNKNOWN_QUESTION -> throw new NotFoundException("question");
            case REFUSED_AFTER_DEADLINE -> throw ApiProblems.conflict("AFTER_DEADLINE", "The time for this attempt is over.");
            case REFUSED_FINISHED -> throw ApiProblems.conflict("ALREADY_SUBMITTED", "This attempt is already finished.");
            case REFUSED_NOT_REACHABLE -> throw ApiProblems.conflict("NOT_REACHABLE",
                    "Only the current question can be answered in this quiz.");
        };
    }

    @PostMapping("/api/v1/attempts/{id}/submit")
    @Operation(summary = "Submit the attempt (200 with the result as the review options show it; 409 when already "
            + "submitted or after the deadline, when the attempt was closed at its deadline instead)")
    ResultView submit(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student) {
        var result = attempts.submit(id, student.id(), clock.instant());
        if (result == SubmitResult.ALREADY_FINISHED) {
            throw ApiProblems.conflict("ALREADY_SUBMITTED", "This attempt is already finished.");
        }
        if (result == SubmitResult.REFUSED_AFTER_DEADLINE) {
            throw ApiProblems.conflict("AFTER_DEADLINE",
                    "The time for this attempt was over; it was closed at its deadline with the answers saved by then.");
        }
        return results.of(id, student.id(), clock.instant());
    }

    @GetMapping("/api/v1/attempts/{id}/result")
    @Operation(summary = "A finished attempt as the quiz's review options show it now (409 while it is running)")
    ResultView result(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser student) {
        return results.of(id, student.id(), clock.instant());
    }
}
