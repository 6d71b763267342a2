package app.steppe.study.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored settings of one student; students without a row use {@link StudySettings#DEFAULTS}. */
@Entity
@Table(name = "study_settings")
class StudentStudySettings {

    @Id
    @Column(name = "student_id")
    private Long studentId;
    @Column(name = "desired_retention")
    private BigDecimal desiredRetention;
    @Column(name = "daily_new_limit")
    private int dailyNewLimit;

    protected StudentStudySettings() {
    }

    StudentStudySettings(long studentId, StudySettings settings) {
        this.studentId = studentId;
        change(settings);
    }

    void change(StudySettings settings) {
        this.desiredRetention = settings.desiredRetention();
        this.dailyNewLimit = settings.dailyNewLimit();
    }

    StudySettings settings() {
        return new StudySettings(desiredRetention, dailyNewLimit);
    }
}
