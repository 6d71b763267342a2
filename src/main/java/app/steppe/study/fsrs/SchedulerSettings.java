package app.steppe.study.fsrs;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * How the scheduler turns memory into due times.
 *
 * @param shortTerm        true: new and lapsed cards go through learning steps of minutes and same-day reviews use
 *                         the same-day formula; false: the long-term scheduler, where every answer gets whole days
 * @param learningSteps    delays for a new card before it graduates (ignored when {@code shortTerm} is false)
 * @param relearningSteps  delays after a lapse (ignored when {@code shortTerm} is false)
 * @param maximumInterval  the longest interval in days
 */
public record SchedulerSettings(Weights weights, double desiredRetention, int maximumInterval,
        List<Duration> learningSteps, List<Duration> relearningSteps, boolean shortTerm, ElapsedDays elapsedDays) {

    public static final List<Duration> DEFAULT_LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> DEFAULT_RELEARNING_STEPS = List.of(Duration.ofMinutes(10));

    public SchedulerSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(elapsedDays, "elapsedDays");
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention is in (0, 1]");
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval is at least one day");
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (learningSteps.stream().anyMatch(s -> s.isNegative() || s.isZero())
                || relearningSteps.stream().anyMatch(s -> s.isNegative() || s.isZero())) {
            throw new IllegalArgumentException("steps are positive durations");
        }
    }

    /** FSRS-6 defaults, 90% retention, steps of 1 and 10 minutes, relearning 10 minutes, UTC calendar days. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(Weights.FSRS6_DEFAULT, 0.9, 36500, DEFAULT_LEARNING_STEPS,
                DEFAULT_RELEARNING_STEPS, true, ElapsedDays.calendarDays(ZoneOffset.UTC));
    }

    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(weights, retention, maximumInterval, learningSteps, relearningSteps, shortTerm,
                elapsedDays);
    }

    public SchedulerSettings withElapsedDays(ElapsedDays rule) {
        return new SchedulerSettings(weights, desiredRetention, maximumInterval, learningSteps, relearningSteps,
                shortTerm, rule);
    }
}
