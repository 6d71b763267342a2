package app.steppe.attempt.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.steppe.attempt.domain.AttemptReviews;
import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.AttemptReviews.ReviewedQuestion;
import app.steppe.attempt.domain.GradeState;
import app.steppe.attempt.domain.ReviewVisibility;
import app.steppe.attempt.web.api.AttemptJson.QuestionResult;
import app.steppe.attempt.web.api.AttemptJson.ResultView;
import app.steppe.attempt.web.api.AttemptJson.Score;
import app.steppe.quiz.QuizApi;
import app.steppe.shared.web.NotFoundException;
import app.steppe.shared.web.api.ApiProblems;

/**
 * A student's result, filtered by {@link ReviewVisibility} exactly as the review page is: what is hidden now is left
 * out (null), not merely flagged.
 */
@Component
class AttemptResultViews {

    private final AttemptReviews reviews;
    private final Attempts attempts;
    private final QuizApi quizzes;

    AttemptResultViews(AttemptReviews reviews, Attempts attempts, QuizApi quizzes) {
        this.reviews = reviews;
        this.attempts = attempts;
        this.quizzes = quizzes;
    }

    ResultView of(UUID id, long studentId, Instant now) {
        var summary = reviews.summary(id).filter(s -> s.studentId() == studentId)
                .orElseThrow(() -> new NotFoundException("attempt"));
        // an attempt whose time ran out is closed at its deadline first; one still running has no result yet
        if (!summary.finished() && !attempts.closeIfOverdue(id, studentId, now)) {
            throw ApiProblems.conflict("IN_PROGRESS", "The attempt is still running: submit it first.");
        }
        var attempt = reviews.ofStudent(id, studentId);
        var s = attempt.summary();
        var rules = quizzes.rulesFor(s.quizId(), studentId);
        var shown = ReviewVisibility.of(rules, true, now, quizzes.gradesReleased(s.quizId(), now));
        Score score = shown.score() && s.total().isPresent() && s.percentage().isPresent()
                ? new Score(s.total().get(), s.max(), s.percentage().get(),
                        s.gradeState().filter(g -> g == GradeState.PROVISIONAL).isPresent())
                : null;
        return new ResultView(s.id(), s.quizId(), s.attemptNo(), s.startedAt(), s.finishedAt().orElse(null),
                s.finishKind().map(Enum::name).orElse(null), shown, ReviewVisibility.moreAfterClose(rules, now), score,
                attempt.questions().stream().map(q -> question(q, shown)).toList());
    }

    private static QuestionResult question(ReviewedQuestion q, ReviewVisibility shown) {
        return new QuestionResult(q.position(), q.versionId(), q.view(), q.given().fields(),
                shown.rightness() ? verdict(q) : null,
                shown.score() ? q.points().orElse(null) : null, q.maxPoints(),
                shown.correctAnswers() ? AnswerKeyJson.of(q.content().answer()) : null,
                shown.feedback() ? AnswerKeyJson.feedback(q.content(), q.given()) : null);
    }

    private static String verdict(ReviewedQuestion q) {
        if (q.needsGrading()) {
            return "NEEDS_GRADING";
        }
        BigDecimal fraction = q.markFraction().orElse(BigDecimal.ZERO);
        if (fraction.compareTo(BigDecimal.ONE) >= 0) {
            return "RIGHT";
        }
        return fraction.signum() > 0 ? "PARTLY" : "WRONG";
    }
}
