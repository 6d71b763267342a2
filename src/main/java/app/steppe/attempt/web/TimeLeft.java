package app.steppe.attempt.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import app.steppe.quiz.StudentQuizRules;

/** Durations as the attempt pages show them; the pages never compute time from the browser's clock. */
final class TimeLeft {

    private TimeLeft() {
    }

    /** {@code 1:05:09} or {@code 5:09}: what the countdown shows before its script takes over. */
    static String clock(Duration remaining) {
        long seconds = Math.max(0, remaining.toSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** The student's own time limit in whole minutes: the quiz's, with their extra minutes or multiplier applied. */
    static Optional<Long> yourMinutes(StudentQuizRules rules) {
        return rules.timeLimitMinutes().map(limit -> {
            if (rules.extraMinutes() > 0) {
                return (long) limit + rules.extraMinutes();
            }
            return BigDecimal.valueOf(limit).multiply(rules.timeMultiplier()).longValue();
        });
    }
}
