package app.steppe.study.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question set an instructor opened for practice; closing it removes the row. The set is the question bank's. */
@Entity
@Table(name = "study_practice_set")
class PracticeSet {

    @Id
    @Column(name = "set_id")
    private Long setId;
    @Column(name = "opened_by")
    private long openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;

    protected PracticeSet() {
    }

    PracticeSet(long setId, long openedBy, Instant openedAt) {
        this.setId = setId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    long setId() {
        return setId;
    }
}
