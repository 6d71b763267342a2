package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The stored header of an {@link Attempt}. Not the aggregate: the rules live in {@code Attempt}, which
 * {@link AttemptStore} restores from this row and its {@link AttemptQuestionRecord}s and writes back after each change.
 */
@Entity
@Table(name = "attempt")
class AttemptRecord {

    @Id
    private UUID id;
    @Column(name = "quiz_id")
    private long quizId;
    @Column(name = "student_id")
    private long studentId;
    @Column(name = "attempt_no")
    private int attemptNo;
    @Enumerated(EnumType.STRING)
    private Navigation navigation;
    private long seed;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "deadline_at")
    private Instant deadlineAt;
    @Column(name = "current_position")
    private int currentPosition;
    @Enumerated(EnumType.STRING)
    private AttemptStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "finish_kind")
    private FinishKind finishKind;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "total_points")
    private BigDecimal totalPoints;
    @Column(name = "max_points")
    private BigDecimal maxPoints;
    private BigDecimal percentage;
    @Enumerated(EnumType.STRING)
    @Column(name = "grade_state")
    private GradeState gradeState;

    protected AttemptRecord() {
    }

    AttemptRecord(Attempt attempt, int attemptNo, long seed, BigDecimal maxPoints) {
        this.id = attempt.id().value();
        this.quizId = attempt.quizId();
        this.studentId = attempt.studentId();
        this.attemptNo = attemptNo;
        this.navigation = attempt.navigation();
        this.seed = seed;
        this.startedAt = attempt.startedAt();
        this.deadlineAt = attempt.deadline().at().orElse(null);
        this.maxPoints = maxPoints;
        copyState(attempt);
    }

    /** Takes over what an attempt may change after it started; Hibernate writes the row only if something did. */
    void copyState(Attempt attempt) {
        currentPosition = attempt.currentPosition();
        status = attempt.status();
        finishKind = attempt.finishKind().orElse(null);
        finishedAt = attempt.finishedAt().orElse(null);
        attempt.grade().ifPresent(grade -> {
            totalPoints = grade.total();
            percentage = grade.percentage();
            gradeState = grade.state();
        });
    }

    UUID id() { return id; }
    long quizId() { return quizId; }
    long studentId() { return studentId; }
    int attemptNo() { return attemptNo; }
    Navigation navigation() { return navigation; }
    long seed() { return seed; }
    Instant startedAt() { return startedAt; }
    Instant deadlineAt() { return deadlineAt; }
    int currentPosition() { return currentPosition; }
    AttemptStatus status() { return status; }
    FinishKind finishKind() { return finishKind; }
    Instant finishedAt() { return finishedAt; }
    BigDecimal totalPoints() { return totalPoints; }
    BigDecimal maxPoints() { return maxPoints; }
    BigDecimal percentage() { return percentage; }
    GradeState gradeState() { return gradeState; }
}
