package app.steppe.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When failed logins lock: {@code maxFailures} failures within {@code window} lock for {@code lockDuration} after
 * the last of them. A pure rule over failure times, so it is tested with plain instants.
 */
public record LoginLockRule(int maxFailures, Duration window, Duration lockDuration) {

    public LoginLockRule {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("a lock rule needs at least one failure and positive durations");
        }
    }

    /** Failures before this instant can no longer cause or prolong a lock at {@code now}. */
    public Instant relevantSince(Instant now) {
        return now.minus(window).minus(lockDuration);
    }

    /** Until when the failures (oldest first) lock, if any run of {@code maxFailures} of them fits in the window. */
    public Optional<Instant> lockedUntil(List<Instant> failuresOldestFirst) {
        Optional<Instant> until = Optional.empty();
        for (int last = maxFailures - 1; last < failuresOldestFirst.size(); last++) {
            Instant first = failuresOldestFirst.get(last - maxFailures + 1);
            Instant lastFailure = failuresOldestFirst.get(last);
            if (!lastFailure.isAfter(first.plus(window))) {
                until = Optional.of(lastFailure.plus(lockDuration));
            }
        }
        return until;
    }

    public boolean isLocked(List<Instant> failuresOldestFirst, Instant now) {
        return lockedUntil(failuresOldestFirst).filter(now::isBefore).isPresent();
    }
}
