package app.steppe.attempt.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** When an attempt closes, fixed by the server at start; none for an untimed quiz without a closing time. */
public record Deadline(Optional<Instant> at) {

    private static final Deadline NONE = new Deadline(Optional.empty());

    public Deadline {
        Objects.requireNonNull(at, "deadline");
    }

    public static Deadline at(Instant instant) {
        return new Deadline(Optional.of(Objects.requireNonNull(instant, "deadline instant")));
    }

    public static Deadline none() {
        return NONE;
    }

    /** Past the deadline and its network grace: the server no longer listens. */
    public boolean isOverdue(Instant now, Duration grace) {
        Objects.requireNonNull(now, "now");
        requireGrace(grace);
        return at.map(deadline -> now.isAfter(deadline.plus(grace))).orElse(false);
    }

    static Duration requireGrace(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace cannot be negative: " + grace);
        }
        return grace;
    }
}
