package app.steppe.attempt.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One accepted save, kept for good: what the student had typed and when the server took it. */
@Entity
@Table(name = "attempt_answer_log")
class AnswerLogRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_id")
    private UUID attemptId;
    @Column(name = "question_version_id")
    private long questionVersionId;
    private String answer;
    @Column(name = "answer_sequence")
    private long answerSequence;
    @Column(name = "saved_at")
    private Instant savedAt;

    protected AnswerLogRecord() {
    }

    AnswerLogRecord(UUID attemptId, QuestionKey question, SavedAnswer saved) {
        this.attemptId = attemptId;
        this.questionVersionId = question.versionId();
        this.answer = saved.payload().json();
        this.answerSequence = saved.sequence();
        this.savedAt = saved.savedAt();
    }
}
