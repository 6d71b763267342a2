package app.steppe.quiz.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One student's accommodation on one quiz: extra time, extra attempts (0 to 20), an optional personal close. */
@Entity
@Table(name = "quiz_accommodation")
public class Accommodation {

    public static final int MAX_EXTRA_ATTEMPTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_id")
    private long quizId;
    @Column(name = "student_id")
    private long studentId;
    @Column(name = "extra_minutes")
    private int extraMinutes;
    @Column(name = "time_multiplier")
    private BigDecimal timeMultiplier;
    @Column(name = "extra_attempts")
    private int extraAttempts;
    @Column(name = "close_override")
    private Instant closeOverride;

    protected Accommodation() {
    }

    Accommodation(long quizId, long studentId) {
        this.quizId = quizId;
        this.studentId = studentId;
    }

    /** Replaces what was granted before. */
    void grant(ExtraTime time, int attempts, Optional<Instant> close) {
        if (attempts < 0 || attempts > MAX_EXTRA_ATTEMPTS) {
            throw new IllegalArgumentException("extra attempts must be 0 to 20");
        }
        this.extraMinutes = time.minutes();
        this.timeMultiplier = time.multiplier();
        this.extraAttempts = attempts;
        this.closeOverride = close.orElse(null);
    }

    public long id() {
        return id;
    }

    public long quizId() {
        return quizId;
    }

    public long studentId() {
        return studentId;
    }

    public ExtraTime extraTime() {
        return new ExtraTime(extraMinutes, timeMultiplier);
    }

    public int extraAttempts() {
        return extraAttempts;
    }

    public Optional<Instant> closeOverride() {
        return Optional.ofNullable(closeOverride);
    }
}
