package app.steppe.attempt.domain;

import java.time.Instant;

import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.StudentQuizRules;

/**
 * What a student may see of a finished attempt right now, by the quiz's review options: the score, which answers
 * were right, the correct answers, and the feedback (option feedback, explanation, cited passages), each by
 * {@link ReviewTiming#visible}.
 */
public record ReviewVisibility(boolean score, boolean rightness, boolean correctAnswers, boolean feedback) {

    /** The instructor's view: everything. */
    public static final ReviewVisibility EVERYTHING = new ReviewVisibility(true, true, true, true);

    /**
     * @param finished whether the attempt is finished (nothing is reviewed before)
     * @param now      compared with the student's own close ({@code rules.closesAt()}, accommodation applied)
     * @param released whether the quiz's results are released to students: the score and which answers were right
     *                 are results, and wait for it; correct answers and feedback follow the review options alone
     */
    public static ReviewVisibility of(StudentQuizRules rules, boolean finished, Instant now, boolean released) {
        var review = rules.review();
        boolean closed = !now.isBefore(rules.closesAt());
        return new ReviewVisibility(released && review.score().visible(finished, closed),
                released && review.rightness().visible(finished, closed),
                review.correctAnswers().visible(finished, closed), review.feedback().visible(finished, closed));
    }

    /** Something is held back now but will be shown once the quiz closes. */
    public static boolean moreAfterClose(StudentQuizRules rules, Instant now) {
        var review = rules.review();
        boolean closed = !now.isBefore(rules.closesAt());
        return !closed && (review.score() == ReviewTiming.AFTER_CLOSE || review.rightness() == ReviewTiming.AFTER_CLOSE
                || review.correctAnswers() == ReviewTiming.AFTER_CLOSE || review.feedback() == ReviewTiming.AFTER_CLOSE);
    }

    public boolean anything() {
        return score || rightness || correctAnswers || feedback;
    }
}
