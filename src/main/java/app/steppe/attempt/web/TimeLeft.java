package app.steppe.attempt.web;

import java.time.Duration;


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
}
