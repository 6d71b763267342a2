package app.steppe.quiz.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Instructors type wall-clock times in the course's zone ({@code steppe.course.zone}); the model keeps instants. */
@Component("quizCourseTime")
public class CourseTime {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    CourseTime(@Value("${steppe.course.zone:Asia/Almaty}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    Optional<Instant> parse(String local) {
        if (local == null || local.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(local.strip()).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone));
    }

    /** For pages: the time with the zone's name, e.g. {@code 2026-12-01 09:00 (Asia/Almaty)}. */
    public String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public String zoneName() {
        return zone.getId();
    }
}
