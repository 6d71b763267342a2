package app.steppe.attempt.domain;

import java.time.Duration;

/** How long after the deadline a save or submit still counts, to absorb network delay. */
public record AttemptTimingPolicy(Duration networkGrace) {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

    public AttemptTimingPolicy {
        Deadline.requireGrace(networkGrace);
    }

    public static AttemptTimingPolicy withDefaultGrace() {
        return new AttemptTimingPolicy(DEFAULT_GRACE);
    }
}
