package app.steppe.quiz.domain;

import java.util.Objects;

import app.steppe.quiz.ReviewTiming;

/** When students see their score, which answers were right, the correct answers, and feedback with the passage. */
public record ReviewOptions(ReviewTiming score, ReviewTiming rightness, ReviewTiming correctAnswers,
        ReviewTiming feedback) {

    public ReviewOptions {
        Objects.requireNonNull(score);
        Objects.requireNonNull(rightness);
        Objects.requireNonNull(correctAnswers);
        Objects.requireNonNull(feedback);
    }

    /** May a student see something reviewed with this timing, given whether the attempt is done and the quiz closed? */
    public static boolean visible(ReviewTiming timing, boolean attemptSubmitted, boolean quizClosed) {
        return timing.visible(attemptSubmitted, quizClosed);
    }
}
