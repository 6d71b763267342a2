package app.steppe.attempt.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One question of a stored attempt: where it was shown, its options' order, the latest answer, the flag, the mark. */
@Entity
@Table(name = "attempt_question")
class AttemptQuestionRecord {

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "attempt_id")
        private UUID attemptId;
        private int position;

        protected Key() {
        }

        Key(UUID attemptId, int position) {
            this.attemptId = attemptId;
            this.position = position;
        }

        UUID attemptId() {
            return attemptId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.attemptId, attemptId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, position);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "question_version_id")
    private long questionVersionId;
    @Column(name = "option_order")
    private String optionOrder;
    @Column(name = "max_points")
    private BigDecimal maxPoints;
    private String answer;
    @Column(name = "answer_sequence")
    private Long answerSequence;
    @Column(name = "answer_saved_at")
    private Instant answerSavedAt;
    private boolean flagged;
    @Column(name = "mark_fraction")
    private BigDecimal markFraction;
    private BigDecimal points;
    @Column(name = "needs_grading")
    private boolean needsGrading;
    @Column(name = "grader_comment")
    private String graderComment;
    @Column(name = "manually_graded")
    private boolean manuallyGraded;
    @Column(name = "scored_version_id")
    private Long scoredVersionId;
    @Column(name = "mark_revision")
    private int markRevision;

    protected AttemptQuestionRecord() {
    }

    AttemptQuestionRecord(UUID attemptId, int position, QuestionKey question, List<Integer> optionOrder, BigDecimal maxPoints) {
        this.key = new Key(attemptId, position);
        this.questionVersionId = question.versionId();
        this.optionOrder = optionOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.maxPoints = maxPoints;
    }

    /** Takes over this question's answer and flag from the attempt; an unchanged row is not written. */
    void copyState(Attempt attempt) {
        var question = question();
        attempt.answerTo(question).ifPresent(saved -> {
            answer = saved.payload().json();
            answerSequence = saved.sequence();
            answerSavedAt = saved.savedAt();
        });
        flagged = attempt.isFlagged(question);
        attempt.grade().ifPresent(grade -> points = grade.points().get(question));
    }

    /** The machine's mark at submission, scored with the key of the version shown. */
    void recordMark(BigDecimal fraction, boolean needsGrading) {
        this.markFraction = fraction;
        this.needsGrading = needsGrading;
        this.scoredVersionId = questionVersionId;
    }

    /** A mark changed after submission (by a person, or a regrade with {@code scoredWith}'s key). */
    void remark(MarkSheet.Entry entry, long scoredWith) {
        this.points = entry.points().orElse(null);
        this.markFraction = entry.points()
                .map(p -> entry.max().signum() == 0 ? BigDecimal.ZERO : p.divide(entry.max(), 4, java.math.RoundingMode.HALF_UP))
                .orElse(null);
        this.needsGrading = entry.needsGrading();
        this.manuallyGraded = entry.manual();
        this.markRevision = entry.revision();
        this.graderComment = entry.comment();
        this.scoredVersionId = scoredWith;
    }

    MarkSheet.Entry markEntry() {
        return new MarkSheet.Entry(question(), maxPoints, java.util.Optional.ofNullable(needsGrading ? null : points),
                needsGrading, manuallyGraded, markRevision, graderComment);
    }

    Key key() {
        return key;
    }

    QuestionKey question() {
        return new QuestionKey(questionVersionId);
    }

    int position() {
        return key.position;
    }

    List<Integer> optionOrder() {
        return optionOrder.isEmpty() ? List.of() : Arrays.stream(optionOrder.split(",")).map(Integer::valueOf).toList();
    }

    SavedAnswer savedAnswer() {
        return answer == null ? null : new SavedAnswer(new AnswerPayload(answer), answerSequence, answerSavedAt);
    }

    long questionVersionId() { return questionVersionId; }
    BigDecimal maxPoints() { return maxPoints; }
    boolean flagged() { return flagged; }
    BigDecimal markFraction() { return markFraction; }
    BigDecimal points() { return points; }
    boolean needsGrading() { return needsGrading; }
    String graderComment() { return graderComment; }
    boolean manuallyGraded() { return manuallyGraded; }
    Long scoredVersionId() { return scoredVersionId; }
    int markRevision() { return markRevision; }
}
