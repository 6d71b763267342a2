package app.steppe.quiz.domain;

import java.time.Duration;

/** How long an attempt may last; at least a minute, whole minutes. */
public record TimeLimit(Duration duration) {

    public TimeLimit {
        if (duration == null || duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.toSecondsPart() != 0) {
            throw new IllegalArgumentException("time limit must be whole minutes, at least one");
        }
    }

    public static TimeLimit ofMinutes(long minutes) {
        return new TimeLimit(Duration.ofMinutes(minutes));
    }
}
