package app.steppe.study.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.steppe.study.fsrs.ElapsedDays;
import app.steppe.study.fsrs.FsrsScheduler;
import app.steppe.study.fsrs.SchedulerSettings;

/**
 * Study days are calendar days in the course's zone: "due today" and the daily new-card limit end at local midnight,
 * and FSRS counts elapsed days the same way, so that a review at 23:50 and one at 00:10 are a day apart, as
 * students expect.
 */
@Configuration
class StudyCalendar {

    private final ZoneId zone;

    StudyCalendar(@Value("${steppe.course.zone:Asia/Almaty}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    @Bean
    FsrsScheduler fsrsScheduler() {
        return new FsrsScheduler(SchedulerSettings.defaults().withElapsedDays(ElapsedDays.calendarDays(zone)));
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
