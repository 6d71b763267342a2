package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an attempt's audit trail of marks: written once, never changed. */
@Entity
@Table(name = "attempt_mark_change")
class MarkChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_id")
    private UUID attemptId;
    @Column(name = "question_version_id")
    private long questionVersionId;
    @Enumerated(EnumType.STRING)
    private MarkSheet.ChangeKind kind;
    @Column(name = "old_points")
    private BigDecimal oldPoints;
    @Column(name = "new_points")
    private BigDecimal newPoints;
    @Column(name = "max_points")
    private BigDecimal maxPoints;
    private String reason;
    @Column(name = "changed_by")
    private Long changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected MarkChangeRecord() {
    }

    MarkChangeRecord(UUID attemptId, MarkSheet.Change change, Long changedBy, Instant changedAt) {
        this.attemptId = attemptId;
        this.questionVersionId = change.key().versionId();
        this.kind = change.kind();
        this.oldPoints = change.oldPoints().orElse(null);
        this.newPoints = change.newPoints();
        this.maxPoints = change.max();
        this.reason = change.reason();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    long questionVersionId() { return questionVersionId; }
    MarkSheet.ChangeKind kind() { return kind; }
    BigDecimal oldPoints() { return oldPoints; }
    BigDecimal newPoints() { return newPoints; }
    BigDecimal maxPoints() { return maxPoints; }
    String reason() { return reason; }
    Long changedBy() { return changedBy; }
    Instant changedAt() { return changedAt; }
}
