package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One student's go at one quiz. Owns the rules of taking it: the deadline fixed at start, answers that only a newer
 * save can replace, sequential navigation, and finishing exactly once. Never reads a clock: every change is told
 * {@code now}; an overdue open attempt is closed at its deadline by whatever touches it first.
 */
public final class Attempt {

    private final AttemptId id;
    private final long quizId;
    private final long studentId;
    private final QuestionPlan plan;
    private final Navigation navigation;
    private final Instant startedAt;
    private final Instant deadlineAt; // null: no deadline; a plain column maps easier than Optional
    private final AnswerSheet sheet = new AnswerSheet();
    private int currentPosition;
    private AttemptStatus status = AttemptStatus.IN_PROGRESS;
    private FinishKind finishKind;
    private Instant finishedAt;
    private Grade grade;

    private Attempt(AttemptId id, long quizId, long studentId, QuestionPlan plan, Navigation navigation,
                    Instant startedAt, Deadline deadline) {
        this.id = Objects.requireNonNull(id, "id");
        this.quizId = quizId;
        this.studentId = studentId;
        this.plan = Objects.requireNonNull(plan, "plan");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.deadlineAt = Objects.requireNonNull(deadline, "deadline").at().orElse(null);
        if (deadlineAt != null && deadlineAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("deadline " + deadlineAt + " before start " + startedAt);
        }
    }

    public static Attempt start(AttemptId id, long quizId, long studentId, QuestionPlan plan, Navigation navigation,
                                Instant now, Deadline deadline) {
        return new Attempt(id, quizId, studentId, plan, navigation, now, deadline);
    }

    /** Everything stored about an attempt, to bring it back from the database as it was. */
    public record Snapshot(AttemptId id, long quizId, long studentId, QuestionPlan plan, Navigation navigation,
            Instant startedAt, Deadline deadline, Map<QuestionKey, SavedAnswer> answers, Set<QuestionKey> flagged,
            int currentPosition, FinishKind finishKind, Instant finishedAt, Grade grade) {
    }

    /** An attempt as it was stored; finished when the snapshot has a finish kind. */
    public static Attempt restore(Snapshot s) {
        var attempt = new Attempt(s.id(), s.quizId(), s.studentId(), s.plan(), s.navigation(), s.startedAt(), s.deadline());
        s.answers().forEach((key, answer) -> {
            if (!s.plan().contains(key)) {
                throw new IllegalArgumentException("stored answer to a question not in the attempt: " + key);
            }
            attempt.sheet.storeIfNewer(key, answer);
        });
        s.flagged().forEach(attempt.sheet::flag);
        if (s.currentPosition() < 0 || s.currentPosition() >= s.plan().size()) {
            throw new IllegalArgumentException("stored position out of range: " + s.currentPosition());
        }
        attempt.currentPosition = s.currentPosition();
        if (s.finishKind() != null) {
            attempt.finish(s.finishKind(), Objects.requireNonNull(s.finishedAt(), "finishedAt"));
            attempt.grade = s.grade();
        }
        return attempt;
    }

    public boolean isFlagged(QuestionKey question) {
        return sheet.isFlagged(question);
    }

    public SaveResult saveAnswer(QuestionKey question, AnswerPayload payload, long sequence, Instant now, Duration grace) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(payload, "payload");
        finalizeIfOverdue(now, grace);
        if (isFinished()) {
            var outcome = finishKind == FinishKind.AUTO_AT_DEADLINE ? SaveOutcome.REFUSED_AFTER_DEADLINE : SaveOutcome.REFUSED_FINISHED;
            return new SaveResult(outcome, sheet.answerTo(question));
        }
        if (!plan.contains(question)) {
            return new SaveResult(SaveOutcome.REFUSED_UNKNOWN_QUESTION, Optional.empty());
        }
        if (navigation == Navigation.SEQUENTIAL && plan.positionOf(question) != currentPosition) {
            return new SaveResult(SaveOutcome.REFUSED_NOT_REACHABLE, sheet.answerTo(question));
        }
        var stored = sheet.storeIfNewer(question, new SavedAnswer(payload, sequence, now));
        return new SaveResult(stored ? SaveOutcome.ACCEPTED : SaveOutcome.IGNORED_STALE, sheet.answerTo(question));
    }

    public SubmitResult submit(Instant now, Duration grace) {
        finalizeIfOverdue(now, grace);
        if (isFinished()) {
            return finishKind == FinishKind.AUTO_AT_DEADLINE ? SubmitResult.REFUSED_AFTER_DEADLINE : SubmitResult.ALREADY_FINISHED;
        }
        // inside the grace window the actual time is kept: the kind says the student submitted it
        finish(FinishKind.SUBMITTED_BY_STUDENT, now);
        return SubmitResult.SUBMITTED;
    }

    /** Closes an open attempt whose deadline and grace have passed, at the deadline, with the answers saved so far. */
    public boolean finalizeIfOverdue(Instant now, Duration grace) {
        if (isFinished() || !deadline().isOverdue(now, grace)) {
            return false;
        }
        finish(FinishKind.AUTO_AT_DEADLINE, deadlineAt);
        return true;
    }

    public MoveResult moveTo(int position, Instant now, Duration grace) {
        finalizeIfOverdue(now, grace);
        if (isFinished()) {
            return MoveResult.REFUSED_FINISHED;
        }
        if (position < 0 || position >= plan.size()) {
            return MoveResult.REFUSED_OUT_OF_RANGE;
        }
        if (navigation == Navigation.SEQUENTIAL && position < currentPosition) {
            return MoveResult.REFUSED_GOING_BACK;
        }
        currentPosition = position;
        return MoveResult.MOVED;
    }

    /** Marks a question to come back to; returns false when the attempt is closed or the question is not in it. */
    public boolean flag(QuestionKey question, Instant now, Duration grace) {
        if (!canMark(question, now, grace)) {
            return false;
        }
        sheet.flag(question);
        return true;
    }

    public boolean unflag(QuestionKey question, Instant now, Duration grace) {
        if (!canMark(question, now, grace)) {
            return false;
        }
        sheet.unflag(question);
        return true;
    }

    /** Stores the grading module's marks; only a finished attempt is graded, and a later call (manual grading) replaces them. */
    public Grade recordMarks(Map<QuestionKey, BigDecimal> points, BigDecimal max, boolean needsManualGrading) {
        if (!isFinished()) {
            throw new IllegalStateException("attempt " + id.value() + " is not finished, it cannot be graded yet");
        }
        points.keySet().stream().filter(key -> !plan.contains(key)).findAny().ifPresent(key -> {
            throw new IllegalArgumentException("marks for a question not in the attempt: " + key);
        });
        grade = Grade.of(points, max, needsManualGrading);
        return grade;
    }

    public NavigationSummary summary() {
        var entries = new ArrayList<NavigationSummary.Entry>();
        for (int position = 0; position < plan.size(); position++) {
            var key = plan.at(position);
            entries.add(new NavigationSummary.Entry(position, key, sheet.answerTo(key).isPresent(), sheet.isFlagged(key)));
        }
        return new NavigationSummary(entries, currentPosition);
    }

    private boolean canMark(QuestionKey question, Instant now, Duration grace) {
        finalizeIfOverdue(now, grace);
        return !isFinished() && plan.contains(question);
    }

    private void finish(FinishKind kind, Instant at) {
        status = AttemptStatus.FINISHED;
        finishKind = kind;
        finishedAt = at;
    }

    public boolean isFinished() {
        return status == AttemptStatus.FINISHED;
    }

    public boolean isOpen() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public Deadline deadline() {
        return deadlineAt == null ? Deadline.none() : Deadline.at(deadlineAt);
    }

    public Optional<SavedAnswer> answerTo(QuestionKey question) {
        return sheet.answerTo(question);
    }

    public Map<QuestionKey, SavedAnswer> answers() {
        return sheet.answers();
    }

    public AttemptId id() { return id; }
    public long quizId() { return quizId; }
    public long studentId() { return studentId; }
    public QuestionPlan plan() { return plan; }
    public Navigation navigation() { return navigation; }
    public Instant startedAt() { return startedAt; }
    public int currentPosition() { return currentPosition; }
    public AttemptStatus status() { return status; }
    public Optional<FinishKind> finishKind() { return Optional.ofNullable(finishKind); }
    public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
    public Optional<Grade> grade() { return Optional.ofNullable(grade); }
}
