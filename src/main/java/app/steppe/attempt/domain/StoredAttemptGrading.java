package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.attempt.AttemptGrading;

/** {@link AttemptGrading} over the stored attempts; the rules of marks stay in {@link AttemptMarking}. */
@Service
@Transactional(readOnly = true)
class StoredAttemptGrading implements AttemptGrading {

    private final AttemptStore store;
    private final AttemptMarking marking;
    private final EntityManager em;

    StoredAttemptGrading(AttemptStore store, AttemptMarking marking, EntityManager em) {
        this.store = store;
        this.marking = marking;
        this.em = em;
    }

    @Override
    public List<AttemptHeader> allAttempts() {
        return em.createQuery("select a from AttemptRecord a order by a.quizId, a.studentId, a.attemptNo", AttemptRecord.class)
                .getResultStream().map(StoredAttemptGrading::header).toList();
    }

    @Override
    public List<AttemptHeader> attemptsOfStudent(long studentId) {
        return store.headersOfStudent(studentId).stream().map(StoredAttemptGrading::header).toList();
    }

    @Override
    public List<AttemptMarks> marksOfQuiz(long quizId) {
        return store.ofQuiz(quizId).stream().map(StoredAttemptGrading::marks).toList();
    }

    @Override
    public Optional<AttemptMarks> marks(UUID attemptId) {
        return store.read(attemptId).map(StoredAttemptGrading::marks);
    }

    @Override
    public List<MarkAudit> history(UUID attemptId) {
        return marking.history(attemptId).stream().map(line -> new MarkAudit(line.versionId(), line.kind().name(),
                line.oldPoints(), line.newPoints(), line.max(), line.reason(), line.changedBy(), line.changedAt())).toList();
    }

    @Override
    @Transactional
    public MarkOutcome grade(UUID attemptId, long versionId, BigDecimal points, String comment, int expectedRevision,
            long graderId, Instant now) {
        return outcome(marking.grade(attemptId, versionId, points, comment, expectedRevision, graderId, now));
    }

    @Override
    @Transactional
    public MarkOutcome override(UUID attemptId, long versionId, BigDecimal points, String reason, String comment,
            int expectedRevision, long graderId, Instant now) {
        return outcome(marking.override(attemptId, versionId, points, reason, comment, expectedRevision, graderId, now));
    }

    @Override
    public List<RegradeChange> regradeDryRun(long quizId, long questionId) {
        return marking.regradeDryRun(quizId, questionId).stream().map(StoredAttemptGrading::change).toList();
    }

    @Override
    @Transactional
    public List<RegradeChange> regrade(long quizId, long questionId, long graderId, Instant now) {
        return marking.regrade(quizId, questionId, graderId, now).stream().map(StoredAttemptGrading::change).toList();
    }

    private static MarkOutcome outcome(MarkSheet.Result result) {
        return result.refusal().map(refusal -> MarkOutcome.valueOf(refusal.name())).orElse(MarkOutcome.SAVED);
    }

    private static RegradeChange change(AttemptMarking.RegradeLine line) {
        return new RegradeChange(line.attemptId(), line.studentId(), line.attemptNo(), line.oldTotal(), line.newTotal(),
                line.max());
    }

    private static AttemptHeader header(AttemptRecord r) {
        AttemptState state = r.status() != AttemptStatus.FINISHED ? AttemptState.IN_PROGRESS
                : r.gradeState() == GradeState.FINAL ? AttemptState.GRADED : AttemptState.NEEDS_GRADING;
        return new AttemptHeader(r.id(), r.quizId(), r.studentId(), r.attemptNo(), state, r.startedAt(),
                Optional.ofNullable(r.finishedAt()), Optional.ofNullable(r.totalPoints()), r.maxPoints(),
                Optional.ofNullable(r.percentage()));
    }

    private static AttemptMarks marks(AttemptStore.Stored stored) {
        var questions = stored.questions().stream().map(q -> new QuestionMark(q.position(), q.questionVersionId(),
                q.maxPoints(), Optional.ofNullable(q.needsGrading() ? null : q.points()), q.needsGrading(),
                q.manuallyGraded(), q.markRevision(), Optional.ofNullable(q.graderComment()),
                Optional.ofNullable(q.savedAnswer()).map(saved -> saved.payload().json()),
                AttemptScoring.questionSeed(stored.seed(), q.question()), q.optionOrder())).toList();
        return new AttemptMarks(header(stored.header()), questions);
    }
}
