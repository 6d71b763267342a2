package app.steppe.quiz.domain;

import java.time.Instant;

/** When a quiz can be taken: from open (inclusive) to close (exclusive). */
public record QuizWindow(Instant open, Instant close) {

    public QuizWindow {
        if (open == null || close == null || !close.isAfter(open)) {
            throw new IllegalArgumentException("close must be after open");
        }
    }

    public boolean isUpcomingAt(Instant now) {
        return now.isBefore(open);
    }

    public boolean isClosedAt(Instant now) {
        return !now.isBefore(close);
    }
}
