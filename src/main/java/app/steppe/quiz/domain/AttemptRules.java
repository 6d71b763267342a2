package app.steppe.quiz.domain;

import java.time.Instant;
import java.util.Optional;

import app.steppe.quiz.QuizApi.StartCheck;

/**
 * The pure policy for one student's attempts: the quiz's window, limit and attempts with the student's
 * accommodation applied. Time is passed in.
 */
public record AttemptRules(QuizWindow window, Optional<TimeLimit> limit, int maxAttempts, ExtraTime extraTime,
        int extraAttempts, Optional<Instant> closeOverride) {

    public static AttemptRules of(Quiz quiz, Optional<Accommodation> accommodation) {
        return new AttemptRules(quiz.window(), quiz.timeLimit(), quiz.maxAttempts(),
                accommodation.map(Accommodation::extraTime).orElse(ExtraTime.NONE),
                accommodation.map(Accommodation::extraAttempts).orElse(0),
                accommodation.flatMap(Accommodation::closeOverride));
    }

    /** The student's close: the personal close date when there is one, else the quiz's. */
    public Instant effectiveClose() {
        return closeOverride.orElse(window.close());
    }

    public int attemptsAllowed() {
        return maxAttempts + extraAttempts;
    }

    public StartCheck mayStart(Instant now, long attemptsUsed) {
        if (now.isBefore(window.open())) {
            return StartCheck.NOT_YET_OPEN;
        }
        if (!now.isBefore(effectiveClose())) {
            return StartCheck.CLOSED;
        }
        return attemptsUsed < attemptsAllowed() ? StartCheck.ALLOWED : StartCheck.NO_ATTEMPTS_LEFT;
    }

    public Instant deadlineFor(Instant start) {
        Instant close = effectiveClose();
        if (limit.isEmpty()) {
            return close;
        }
        Instant end = start.plus(extraTime.applyTo(limit.get().duration()));
        return end.isAfter(close) ? close : end;
    }
}
