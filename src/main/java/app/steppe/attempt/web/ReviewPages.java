package app.steppe.attempt.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import app.steppe.attempt.domain.AttemptReviews.ReviewedAttempt;
import app.steppe.attempt.domain.AttemptReviews.ReviewedQuestion;
import app.steppe.attempt.domain.GradeState;
import app.steppe.attempt.domain.ReviewVisibility;
import app.steppe.attempt.web.ReviewViews.QuestionReview;
import app.steppe.attempt.web.ReviewViews.ReviewPage;
import app.steppe.attempt.web.ReviewViews.Score;
import app.steppe.quiz.QuizView;
import app.steppe.quiz.StudentQuizRules;

/**
 * Builds review pages from a stored attempt. Each part of the answer key is copied into the page only when
 * {@link ReviewVisibility} allows it: what is held back is absent from the HTML, not hidden by CSS.
 */
@Component
class ReviewPages {

    private final CitedPassages passages;
    private final ReviewTime time;

    ReviewPages(CitedPassages passages, ReviewTime time) {
        this.passages = passages;
        this.time = time;
    }

    /** The student's page, by the review options at {@code now}. */
    ReviewPage forStudent(ReviewedAttempt attempt, QuizView quiz, StudentQuizRules rules, Instant now, boolean released) {
        var shown = ReviewVisibility.of(rules, attempt.summary().finished(), now, released);
        return page(attempt, quiz, rules.passingPercent(), shown, null, false,
                ReviewVisibility.moreAfterClose(rules, now), time.show(rules.closesAt()));
    }

    /** The instructor's page: everything, with the rubric, the timing to the second and the answer log. */
    ReviewPage forInstructor(ReviewedAttempt attempt, QuizView quiz, int passingPercent, String studentName) {
        return page(attempt, quiz, passingPercent, ReviewVisibility.EVERYTHING, studentName, true, false, "");
    }

    private ReviewPage page(ReviewedAttempt attempt, QuizView quiz, int passingPercent, ReviewVisibility shown,
            String studentName, boolean instructor, boolean moreAfterClose, String closesAt) {
        var s = attempt.summary();
        var lookup = passages.lookup();
        List<QuestionReview> questions = attempt.questions().stream()
                .map(q -> question(q, shown, lookup, instructor)).toList();
        Score score = shown.score() ? score(attempt, passingPercent) : null;
        return new ReviewPage(s.id(), quiz.id(), quiz.title(), s.attemptNo(), studentName,
                instructor ? time.precise(s.startedAt()) : time.show(s.startedAt()),
                s.deadline().map(instructor ? time::precise : time::show).orElse(""),
                s.finishedAt().map(instructor ? time::precise : time::show).orElse(""),
                s.finishKind().map(Enum::name).orElse(null), score, shown, moreAfterClose, closesAt,
                instructor ? attempt.answerLogCount() : null, questions);
    }

    private QuestionReview question(ReviewedQuestion q, ReviewVisibility shown, CitedPassages.Lookup lookup,
            boolean instructor) {
        var content = q.content();
        return new QuestionReview(q.position() + 1, q.view(), q.answered(), AnswerLines.of(q.view(), q.given()),
                AnswerLines.blanks(q.view(), q.given()),
                shown.rightness() ? verdict(q) : null,
                shown.score() ? q.points().orElse(null) : null,
                shown.correctAnswers() ? AnswerKeys.correct(content, q.view()) : List.of(),
                shown.feedback() ? AnswerKeys.feedback(content, q.given()) : List.of(),
                shown.feedback() ? AnswerKeys.explanation(content) : null,
                shown.feedback() ? lookup.of(q.passages()) : List.of(),
                instructor ? AnswerKeys.rubric(content) : null,
                instructor ? q.saves() : null,
                instructor ? q.savedAt().map(time::precise).orElse("") : null);
    }

    /** right, partly, wrong or needsGrading, from the stored mark. */
    static String verdict(ReviewedQuestion q) {
        if (q.needsGrading()) {
            return "needsGrading";
        }
        BigDecimal fraction = q.markFraction().orElse(BigDecimal.ZERO);
        if (fraction.compareTo(BigDecimal.ONE) >= 0) {
            return "right";
        }
        return fraction.signum() > 0 ? "partly" : "wrong";
    }

    private static Score score(ReviewedAttempt attempt, int passingPercent) {
        var s = attempt.summary();
        if (s.total().isEmpty() || s.percentage().isEmpty()) {
            return null;
        }
        boolean provisional = s.gradeState().filter(g -> g == GradeState.PROVISIONAL).isPresent();
        Boolean passed = provisional ? null : s.percentage().get().compareTo(BigDecimal.valueOf(passingPercent)) >= 0;
        return new Score(s.total().get(), s.max(), s.percentage().get(), provisional, passed, passingPercent);
    }
}
