package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Repository;

/**
 * Brings {@link Attempt}s back from their rows and writes their changes. Every read is a fixed number of queries
 * (the header, then all its questions in one), whatever the number of questions; a change writes only the rows that
 * changed.
 */
@Repository
class AttemptStore {

    /** An attempt with the rows it came from, to write its changes back. */
    record Stored(AttemptRecord header, List<AttemptQuestionRecord> questions, Attempt attempt) {

        int attemptNo() {
            return header.attemptNo();
        }

        long seed() {
            return header.seed();
        }
    }

    private final EntityManager em;

    AttemptStore(EntityManager em) {
        this.em = em;
    }

    /** The attempt, locked until the transaction ends: saves and submits of one attempt take turns. */
    Optional<Stored> lock(UUID id) {
        return Optional.ofNullable(em.find(AttemptRecord.class, id, LockModeType.PESSIMISTIC_WRITE)).map(this::restore);
    }

    Optional<Stored> read(UUID id) {
        return Optional.ofNullable(em.find(AttemptRecord.class, id)).map(this::restore);
    }

    /** One student's attempts at one quiz, oldest first, in two queries. */
    List<Stored> ofStudent(long quizId, long studentId) {
        var headers = em.createQuery("select a from AttemptRecord a where a.quizId = ?1 and a.studentId = ?2 order by a.attemptNo",
                AttemptRecord.class).setParameter(1, quizId).setParameter(2, studentId).getResultList();
        return restoreAll(headers);
    }

    /** Every attempt of a quiz (the instructor's list), in two queries. */
    List<Stored> ofQuiz(long quizId) {
        var headers = em.createQuery("select a from AttemptRecord a where a.quizId = ?1 order by a.startedAt",
                AttemptRecord.class).setParameter(1, quizId).getResultList();
        return restoreAll(headers);
    }

    /** A student's finished attempts at every quiz with their questions, in two queries. */
    List<Stored> finishedOfStudent(long studentId) {
        var headers = em.createQuery("select a from AttemptRecord a where a.studentId = ?1 and a.status = ?2 order by a.startedAt",
                AttemptRecord.class).setParameter(1, studentId).setParameter(2, AttemptStatus.FINISHED).getResultList();
        return restoreAll(headers);
    }

    /** A student's attempts at every quiz, as headers only: for the quiz list. */
    List<AttemptRecord> headersOfStudent(long studentId) {
        return em.createQuery("select a from AttemptRecord a where a.studentId = ?1 order by a.attemptNo", AttemptRecord.class)
                .setParameter(1, studentId).getResultList();
    }

    List<AttemptRecord> headersOfQuiz(long quizId) {
        return em.createQuery("select a from AttemptRecord a where a.quizId = ?1 order by a.startedAt", AttemptRecord.class)
                .setParameter(1, quizId).getResultList();
    }

    long countOfQuiz(long quizId) {
        return em.createQuery("select count(a) from AttemptRecord a where a.quizId = ?1", Long.class)
                .setParameter(1, quizId).getSingleResult();
    }

    /** Ids of open attempts whose deadline and grace have passed, at most {@code limit}, most overdue first. */
    List<UUID> overdue(Instant now, Duration grace, int limit) {
        return em.createQuery("""
                        select a.id from AttemptRecord a
                        where a.status = app.steppe.attempt.domain.AttemptStatus.IN_PROGRESS and a.deadlineAt < ?1
                        order by a.deadlineAt""", UUID.class)
                .setParameter(1, now.minus(grace)).setMaxResults(limit).getResultList();
    }

    void insert(Attempt attempt, int attemptNo, long seed, Map<QuestionKey, BigDecimal> maxPoints) {
        var total = maxPoints.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        em.persist(new AttemptRecord(attempt, attemptNo, seed, total));
        var plan = attempt.plan();
        for (int position = 0; position < plan.size(); position++) {
            var key = plan.at(position);
            em.persist(new AttemptQuestionRecord(attempt.id().value(), position, key, plan.optionOrderOf(key), maxPoints.get(key)));
        }
        // a second start of the same attempt number fails here, inside the caller's transaction
        em.flush();
    }

    /** Writes what the attempt changed; dirty checking leaves untouched rows alone. */
    void write(Stored stored) {
        stored.header().copyState(stored.attempt());
        stored.questions().forEach(q -> q.copyState(stored.attempt()));
    }

    void log(UUID attemptId, QuestionKey question, SavedAnswer saved) {
        em.persist(new AnswerLogRecord(attemptId, question, saved));
    }

    private List<Stored> restoreAll(List<AttemptRecord> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        var ids = headers.stream().map(AttemptRecord::id).toList();
        Map<UUID, List<AttemptQuestionRecord>> byAttempt = em.createQuery(
                        "select q from AttemptQuestionRecord q where q.key.attemptId in ?1 order by q.key.position",
                        AttemptQuestionRecord.class).setParameter(1, ids).getResultStream()
                .collect(Collectors.groupingBy(q -> q.key().attemptId(), LinkedHashMap::new, Collectors.toList()));
        var restored = new ArrayList<Stored>();
        for (var header : headers) {
            restored.add(restore(header, byAttempt.getOrDefault(header.id(), List.of())));
        }
        return restored;
    }

    private Stored restore(AttemptRecord header) {
        var questions = em.createQuery("select q from AttemptQuestionRecord q where q.key.attemptId = ?1 order by q.key.position",
                AttemptQuestionRecord.class).setParameter(1, header.id()).getResultList();
        return restore(header, questions);
    }

    private static Stored restore(AttemptRecord header, List<AttemptQuestionRecord> rows) {
        var questions = new ArrayList<>(rows);
        questions.sort(Comparator.comparingInt(AttemptQuestionRecord::position));
        var order = new ArrayList<QuestionKey>();
        var optionOrder = new HashMap<QuestionKey, List<Integer>>();
        var answers = new HashMap<QuestionKey, SavedAnswer>();
        var flagged = new HashSet<QuestionKey>();
        var points = new HashMap<QuestionKey, BigDecimal>();
        for (var row : questions) {
            var key = row.question();
            order.add(key);
            if (!row.optionOrder().isEmpty()) {
                optionOrder.put(key, row.optionOrder());
            }
            if (row.savedAnswer() != null) {
                answers.put(key, row.savedAnswer());
            }
            if (row.flagged()) {
                flagged.add(key);
            }
            if (row.points() != null) {
                points.put(key, row.points());
            }
        }
        Grade grade = header.gradeState() == null ? null
                : Grade.of(points, header.maxPoints(), header.gradeState() == GradeState.PROVISIONAL);
        var deadline = header.deadlineAt() == null ? Deadline.none() : Deadline.at(header.deadlineAt());
        var attempt = Attempt.restore(new Attempt.Snapshot(new AttemptId(header.id()), header.quizId(), header.studentId(),
                new QuestionPlan(order, optionOrder), header.navigation(), header.startedAt(), deadline, answers, flagged,
                header.currentPosition(), header.finishKind(), header.finishedAt(), grade));
        return new Stored(header, questions, attempt);
    }
}
