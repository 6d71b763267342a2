package app.steppe.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the gradebook may read of attempts and how it changes their marks. Reads are a fixed number of queries
 * whatever the number of attempts; the commands lock the attempt and keep its total, grade state and audit trail
 * consistent. Callers check that the user is an instructor.
 */
public interface AttemptGrading {

    /** Where an attempt stands for the gradebook. */
    enum AttemptState {
        IN_PROGRESS,
        /** Finished, with answers that wait for a grader: its grade is provisional. */
        NEEDS_GRADING,
        GRADED
    }

    /** Why a mark was not changed, or that it was. */
    enum MarkOutcome {
        SAVED, UNKNOWN_QUESTION, POINTS_OUT_OF_RANGE, REASON_REQUIRED, STALE, NOT_AWAITING_GRADE
    }

    /** One attempt without its questions; total and percentage are empty until it is scored. */
    record AttemptHeader(UUID id, long quizId, long studentId, int attemptNo, AttemptState state, Instant startedAt,
            Optional<Instant> finishedAt, Optional<BigDecimal> total, BigDecimal max, Optional<BigDecimal> percentage) {

        public boolean finished() {
            return state != AttemptState.IN_PROGRESS;
        }

        public boolean provisional() {
            return state == AttemptState.NEEDS_GRADING;
        }
    }

    /**
     * One question of an attempt with its mark. {@code points} is empty while it waits for a grader;
     * {@code revision} goes with a grading form so a change made meanwhile is refused as stale. {@code viewSeed} and
     * {@code optionOrder} show the question as the student saw it ({@code StudentQuestionViews.of}).
     */
    record QuestionMark(int position, long versionId, BigDecimal max, Optional<BigDecimal> points, boolean needsGrading,
            boolean manual, int revision, Optional<String> comment, Optional<String> answerJson, long viewSeed,
            List<Integer> optionOrder) {
    }

    record AttemptMarks(AttemptHeader attempt, List<QuestionMark> questions) {

        public Optional<QuestionMark> question(long versionId) {
            return questions.stream().filter(q -> q.versionId() == versionId).findFirst();
        }
    }

    /** One line of an attempt's audit trail: who changed which mark when, from what to what, and why. */
    record MarkAudit(long versionId, String kind, Optional<BigDecimal> oldPoints, BigDecimal newPoints, BigDecimal max,
            Optional<String> reason, Optional<Long> changedBy, Instant changedAt) {
    }

    /** An attempt whose total a regrade changes (or would, in a dry run). */
    record RegradeChange(UUID attemptId, long studentId, int attemptNo, BigDecimal oldTotal, BigDecimal newTotal,
            BigDecimal max) {
    }

    /** Every attempt at every quiz, in one query: the gradebook. */
    List<AttemptHeader> allAttempts();

    List<AttemptHeader> attemptsOfStudent(long studentId);

    /** Every attempt at a quiz with its questions and marks, in two queries, oldest first. */
    List<AttemptMarks> marksOfQuiz(long quizId);

    Optional<AttemptMarks> marks(UUID attemptId);

    List<MarkAudit> history(UUID attemptId);

    /** Points for an answer that waits for a grader. */
    MarkOutcome grade(UUID attemptId, long versionId, BigDecimal points, String comment, int expectedRevision,
            long graderId, Instant now);

    /** Changes any mark of a finished attempt; the reason is required. */
    MarkOutcome override(UUID attemptId, long versionId, BigDecimal points, String reason, String comment,
            int expectedRevision, long graderId, Instant now);

    /** The attempts whose score a regrade of this question with its current version would change; changes nothing. */
    List<RegradeChange> regradeDryRun(long quizId, long questionId);

    /** Regrades with the question's current version; marks given by hand are kept. */
    List<RegradeChange> regrade(long quizId, long questionId, long graderId, Instant now);
}
