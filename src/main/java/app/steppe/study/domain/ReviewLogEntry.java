package app.steppe.study.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.steppe.study.fsrs.Card;
import app.steppe.study.fsrs.CardState;
import app.steppe.study.fsrs.Rating;

/**
 * One review as it happened: the rating, when, the state before (what an optimizer needs to re-fit the weights) and
 * the state it produced (what a replay of the same client review id answers with). Never changed once written.
 */
@Entity
@Table(name = "study_review")
public class ReviewLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "student_id")
    private long studentId;
    @Column(name = "question_id")
    private long questionId;
    @Column(name = "client_review_id")
    private String clientReviewId;
    private short rating;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "state_before")
    private CardState stateBefore;
    @Column(name = "elapsed_days")
    private int elapsedDays;
    @Column(name = "introduced_card")
    private boolean introducedCard;
    @Enumerated(EnumType.STRING)
    @Column(name = "state_after")
    private CardState stateAfter;
    @Column(name = "step_after")
    private Integer stepAfter;
    @Column(name = "stability_after")
    private double stabilityAfter;
    @Column(name = "difficulty_after")
    private double difficultyAfter;
    @Column(name = "due_after")
    private Instant dueAfter;

    protected ReviewLogEntry() {
    }

    ReviewLogEntry(long studentId, long questionId, ClientReviewId clientReviewId, Rating rating, Instant reviewedAt,
            Card before, long elapsedDays, boolean introducedCard, Card after) {
        this.studentId = studentId;
        this.questionId = questionId;
        this.clientReviewId = clientReviewId.value();
        this.rating = (short) rating.grade();
        this.reviewedAt = reviewedAt;
        this.stateBefore = before.state();
        this.elapsedDays = (int) Math.min(elapsedDays, Integer.MAX_VALUE);
        this.introducedCard = introducedCard;
        this.stateAfter = after.state();
        this.stepAfter = after.step();
        this.stabilityAfter = after.memory().stability();
        this.difficultyAfter = after.memory().difficulty();
        this.dueAfter = after.due();
    }

    /** What this review did, as the caller saw it the first time. */
    ReviewResult result(boolean replayed) {
        return new ReviewResult(questionId, Rating.of(rating), reviewedAt, stateAfter, stepAfter, stabilityAfter,
                difficultyAfter, dueAfter, replayed);
    }

    public long questionId() {
        return questionId;
    }

    public Rating rating() {
        return Rating.of(rating);
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
