package app.steppe.attempt.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Times on the attempt pages, in the course's zone ({@code steppe.course.zone}) as the quiz pages show them. */
@Component
class ReviewTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    ReviewTime(@Value("${steppe.course.zone:Asia/Almaty}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** e.g. {@code 2026-12-01 09:00 (Asia/Almaty)}; "" for null. */
    String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** To the second, for the instructor's timing (when a save or a submit arrived matters there). */
    String precise(Instant instant) {
        return instant == null ? "" : PRECISE.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** A duration as whole minutes and seconds, e.g. {@code 45:00} or {@code 31:15}; hours count as minutes. */
    static String minutes(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
