package app.steppe.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How many whole days passed between two reviews: the {@code t} of the formulas and the same-day test. The
 * implementations differ here (fsrs-spec.md §8), so the rule is chosen explicitly. Never negative: a clock that
 * stepped back counts as the same day.
 */
@FunctionalInterface
public interface ElapsedDays {

    long between(Instant lastReview, Instant now);

    /** Whole 24-hour periods (py-fsrs, java-fsrs). */
    static ElapsedDays wholeDays() {
        return (last, now) -> Math.max(0, Duration.between(last, now).toDays());
    }

    /** Difference of calendar dates in a zone (ts-fsrs and go-fsrs use UTC; students expect their own day). */
    static ElapsedDays calendarDays(ZoneId zone) {
        return (last, now) -> Math.max(0,
                ChronoUnit.DAYS.between(last.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate()));
    }
}
