package app.steppe.quiz;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.steppe.quiz.domain.ExtraTime;

/**
 * Everything the attempt module needs to run one student's attempts at a quiz, with the student's accommodation
 * already applied: {@code closesAt} is the personal close when there is one, {@code attemptsAllowed} includes extra
 * attempts. Use {@link QuizApi#deadlineFor} and {@link QuizApi#mayStart} rather than recomputing them.
 */
public record StudentQuizRules(long quizId, long studentId, long questionSetId, Instant opensAt, Instant closesAt,
        Optional<Integer> timeLimitMinutes, int extraMinutes, BigDecimal timeMultiplier, int attemptsAllowed,
        Navigation navigation, boolean shuffleQuestions, boolean shuffleOptions, List<Draw> draws,
        Review review, GradingMethod gradingMethod, int passingPercent) {

    /** The student's own time limit: the quiz's with their extra minutes or multiplier, as the deadline uses it. */
    public Optional<Duration> personalTimeLimit() {
        return timeLimitMinutes.map(minutes -> extraTime().applyTo(Duration.ofMinutes(minutes)));
    }

    /** Whether an accommodation gives this student extra time. */
    public boolean hasExtraTime() {
        return !extraTime().equals(ExtraTime.NONE);
    }

    private ExtraTime extraTime() {
        return new ExtraTime(extraMinutes, timeMultiplier);
    }

    /** Draw {@code count} questions at random, from the whole set when {@code tag} is empty. */
    public record Draw(Optional<String> tag, int count) {
    }

    public record Review(ReviewTiming score, ReviewTiming rightness, ReviewTiming correctAnswers,
            ReviewTiming feedback) {
    }
}
