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
import jakarta.persistence.Version;

import app.steppe.study.fsrs.Card;
import app.steppe.study.fsrs.CardState;
import app.steppe.study.fsrs.MemoryState;
import app.steppe.study.fsrs.Rating;

/**
 * One student's memory of one question: the FSRS state the scheduler works on, stored so that the schedule survives
 * restarts. The version column makes two concurrent reviews of one card fail rather than both apply.
 */
@Entity
@Table(name = "study_card")
public class StudyCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "student_id")
    private long studentId;
    @Column(name = "question_id")
    private long questionId;
    @Enumerated(EnumType.STRING)
    private CardOrigin origin;
    @Enumerated(EnumType.STRING)
    private CardState state;
    private Integer step;
    private Double stability;
    private Double difficulty;
    @Column(name = "last_review")
    private Instant lastReview;
    private Instant due;
    private int reps;
    private int lapses;
    @Column(name = "last_rating")
    private Short lastRating;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected StudyCard() {
    }

    private StudyCard(long studentId, long questionId, CardOrigin origin, Instant now) {
        this.studentId = studentId;
        this.questionId = questionId;
        this.origin = origin;
        this.state = CardState.NEW;
        this.due = now;
        this.createdAt = now;
    }

    /** A question met for the first time in study. */
    static StudyCard met(long studentId, long questionId, Instant now) {
        return new StudyCard(studentId, questionId, CardOrigin.STUDY, now);
    }

    /** A question missed in a graded quiz: due at once, and not counted as a new card. */
    static StudyCard missed(long studentId, long questionId, Instant now) {
        return new StudyCard(studentId, questionId, CardOrigin.MISSED, now);
    }

    /** The card as the scheduler sees it. */
    public Card scheduling() {
        MemoryState memory = stability == null ? null : new MemoryState(stability, difficulty);
        return new Card(state, step, memory, lastReview, due);
    }

    /** A first review of a card met in study uses up one of the day's new cards. */
    boolean introducedBy(Card before) {
        return before.state() == CardState.NEW && origin == CardOrigin.STUDY;
    }

    /** Takes the state the scheduler computed for this rating. */
    void record(Rating rating, Card next) {
        if (state == CardState.REVIEW && rating == Rating.AGAIN) {
            lapses++;
        }
        this.state = next.state();
        this.step = next.step();
        this.stability = next.memory().stability();
        this.difficulty = next.memory().difficulty();
        this.lastReview = next.lastReview();
        this.due = next.due();
        this.reps++;
        this.lastRating = (short) rating.grade();
    }

    /**
     * Still weak: last rated Again, or missed in a graded quiz and not reviewed since. What "what I missed" practice
     * and the weak passages of a reading are made of.
     */
    public boolean isWeak() {
        return lastRating == null ? origin == CardOrigin.MISSED : lastRating == Rating.AGAIN.grade();
    }

    /** Reviewed at least once and last recalled (Good or Easy) with the card in long-term review. */
    public boolean isMastered() {
        return state == CardState.REVIEW && lastRating != null && lastRating >= Rating.GOOD.grade();
    }

    public long id() {
        return id;
    }

    public long studentId() {
        return studentId;
    }

    public long questionId() {
        return questionId;
    }

    public CardOrigin origin() {
        return origin;
    }

    public Instant due() {
        return due;
    }

    public int reps() {
        return reps;
    }

    public int lapses() {
        return lapses;
    }
}
