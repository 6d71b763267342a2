package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.attempt.domain.Attempts.AttemptSummary;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.CitedPassage;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.web.StudentQuestionView;
import app.steppe.shared.web.NotFoundException;

/**
 * Reads a stored attempt back for review: each question as the student was shown it (same seed, same option order),
 * what they answered, its stored mark, and the question's answer key. What of it a page may show is decided by the
 * caller ({@link ReviewVisibility}); this class only reads. A fixed number of queries whatever the number of questions.
 */
@Service
@Transactional(readOnly = true)
public class AttemptReviews {

    /**
     * One question of a stored attempt. {@code content} holds the answer key: callers pass on only what the review
     * options allow. {@code saves} is how many saves of this question the answer log holds.
     */
    public record ReviewedQuestion(int position, long versionId, StudentQuestionView view, AnswerForm given,
            Optional<Instant> savedAt, QuestionContent content, List<CitedPassage> passages, BigDecimal maxPoints,
            Optional<BigDecimal> markFraction, Optional<BigDecimal> points, boolean needsGrading, long saves) {

        public boolean answered() {
            return !given.isBlank();
        }
    }

    public record ReviewedAttempt(AttemptSummary summary, List<ReviewedQuestion> questions) {

        public long answerLogCount() {
            return questions.stream().mapToLong(ReviewedQuestion::saves).sum();
        }
    }

    private final AttemptStore store;
    private final QuestionBankApi bank;
    private final EntityManager em;

    AttemptReviews(AttemptStore store, QuestionBankApi bank, EntityManager em) {
        this.store = store;
        this.bank = bank;
        this.em = em;
    }

    /** The header only, to decide where a request goes: empty when there is no such attempt. */
    public Optional<AttemptSummary> summary(UUID id) {
        return Optional.ofNullable(em.find(AttemptRecord.class, id)).map(AttemptSummary::of);
    }

    /** A student's own attempt; another student's is reported as not found, so its existence does not leak. */
    public ReviewedAttempt ofStudent(UUID id, long studentId) {
        return read(id).filter(a -> a.summary().studentId() == studentId).orElseThrow(() -> new NotFoundException("attempt"));
    }

    /** Any attempt, for the instructor. */
    public ReviewedAttempt any(UUID id) {
        return read(id).orElseThrow(() -> new NotFoundException("attempt"));
    }

    private Optional<ReviewedAttempt> read(UUID id) {
        return store.read(id).map(this::reviewed);
    }

    private ReviewedAttempt reviewed(AttemptStore.Stored stored) {
        var attempt = stored.attempt();
        var asked = bank.asked(attempt.plan().order().stream().map(QuestionKey::versionId).toList());
        var saves = savesPerQuestion(attempt.id().value());
        var questions = new ArrayList<ReviewedQuestion>();
        for (var row : stored.questions()) {
            var key = row.question();
            var question = asked.get(key.versionId());
            if (question == null) {
                throw new IllegalStateException("question version " + key.versionId() + " of attempt " + attempt.id() + " is gone");
            }
            var view = AttemptScoring.shownView(attempt, stored.seed(), key, question.content());
            var given = AttemptScoring.given(attempt, key);
            questions.add(new ReviewedQuestion(row.position(), key.versionId(), view, given,
                    attempt.answerTo(key).map(SavedAnswer::savedAt),
                    question.content(), question.passages(), row.maxPoints(), Optional.ofNullable(row.markFraction()),
                    Optional.ofNullable(row.points()), row.needsGrading(), saves.getOrDefault(key.versionId(), 0L)));
        }
        return new ReviewedAttempt(AttemptSummary.of(stored.header()), List.copyOf(questions));
    }

    private Map<Long, Long> savesPerQuestion(UUID attemptId) {
        return em.createQuery("""
                        select l.questionVersionId, count(l) from AnswerLogRecord l
                        where l.attemptId = ?1 group by l.questionVersionId""", Object[].class)
                .setParameter(1, attemptId).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
