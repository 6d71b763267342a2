package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The marks of a finished attempt as people may change them: a grader marks what needs a human (essays), anyone
 * grading may override any mark with a reason, and a corrected answer key regrades what the machine scored. A mark
 * a person gave is never overwritten by a regrade, and a form filled in against an older mark is refused as stale.
 * Every change is returned as a {@link Change} for the audit trail.
 */
public final class MarkSheet {

    public static final int SCALE = 4;

    public enum ChangeKind { MANUAL_GRADE, OVERRIDE, REGRADE }

    public enum Refusal { UNKNOWN_QUESTION, POINTS_OUT_OF_RANGE, REASON_REQUIRED, STALE, NOT_AWAITING_GRADE }

    /** One question's mark: {@code points} is empty while it waits for a grader. */
    public record Entry(QuestionKey key, BigDecimal max, Optional<BigDecimal> points, boolean needsGrading, boolean manual,
            int revision, String comment) {

        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(points, "points");
        }

        BigDecimal pointsOrZero() {
            return points.orElse(BigDecimal.ZERO);
        }
    }

    public record Change(QuestionKey key, ChangeKind kind, Optional<BigDecimal> oldPoints, BigDecimal newPoints,
            BigDecimal max, String reason) {
    }

    /** Either the change made or why nothing changed. */
    public record Result(Optional<Change> change, Optional<Refusal> refusal) {

        static Result changed(Change change) {
            return new Result(Optional.of(change), Optional.empty());
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), Optional.of(refusal));
        }

        static Result unchanged() {
            return new Result(Optional.empty(), Optional.empty());
        }
    }

    private final Map<QuestionKey, Entry> entries = new LinkedHashMap<>();

    public MarkSheet(List<Entry> entries) {
        entries.forEach(entry -> this.entries.put(entry.key(), entry));
    }

    /** A grader's points (and comment) for a question that waits for a human; no reason needed. */
    public Result grade(QuestionKey key, BigDecimal points, String comment, int expectedRevision) {
        var entry = entries.get(key);
        if (entry == null) {
            return Result.refused(Refusal.UNKNOWN_QUESTION);
        }
        if (!entry.needsGrading()) {
            return Result.refused(Refusal.NOT_AWAITING_GRADE);
        }
        return setByHand(entry, points, comment, expectedRevision, ChangeKind.MANUAL_GRADE, null);
    }

    /** Changes any mark by hand; the reason is required and kept in the audit trail. */
    public Result override(QuestionKey key, BigDecimal points, String reason, String comment, int expectedRevision) {
        var entry = entries.get(key);
        if (entry == null) {
            return Result.refused(Refusal.UNKNOWN_QUESTION);
        }
        if (reason == null || reason.isBlank()) {
            return Result.refused(Refusal.REASON_REQUIRED);
        }
        return setByHand(entry, points, comment, expectedRevision, ChangeKind.OVERRIDE, reason.strip());
    }

    /**
     * Applies the mark a corrected key gives ({@code fraction} of the question's points). Marks given by hand and
     * answers that wait for a grader are left alone; an unchanged mark is no change.
     */
    public Result regrade(QuestionKey key, BigDecimal fraction, String reason) {
        var entry = entries.get(key);
        if (entry == null) {
            return Result.refused(Refusal.UNKNOWN_QUESTION);
        }
        if (entry.manual() || entry.needsGrading()) {
            return Result.unchanged();
        }
        var points = entry.max().multiply(fraction).setScale(SCALE, RoundingMode.HALF_UP);
        if (entry.points().map(p -> p.compareTo(points) == 0).orElse(false)) {
            return Result.unchanged();
        }
        entries.put(key, new Entry(key, entry.max(), Optional.of(points), false, false, entry.revision() + 1, entry.comment()));
        return Result.changed(new Change(key, ChangeKind.REGRADE, entry.points(), points, entry.max(), reason));
    }

    private Result setByHand(Entry entry, BigDecimal points, String comment, int expectedRevision, ChangeKind kind,
            String reason) {
        if (expectedRevision != entry.revision()) {
            return Result.refused(Refusal.STALE);
        }
        if (points == null || points.signum() < 0 || points.compareTo(entry.max()) > 0) {
            return Result.refused(Refusal.POINTS_OUT_OF_RANGE);
        }
        var scaled = points.setScale(SCALE, RoundingMode.HALF_UP);
        var cleanComment = comment == null || comment.isBlank() ? entry.comment() : comment.strip();
        entries.put(entry.key(), new Entry(entry.key(), entry.max(), Optional.of(scaled), false, true,
                entry.revision() + 1, cleanComment));
        return Result.changed(new Change(entry.key(), kind, entry.points(), scaled, entry.max(), reason));
    }

    public Entry entry(QuestionKey key) {
        return entries.get(key);
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** The points per question, an ungraded one counting 0 until graded. */
    public Map<QuestionKey, BigDecimal> points() {
        var points = new LinkedHashMap<QuestionKey, BigDecimal>();
        entries.values().forEach(e -> points.put(e.key(), e.pointsOrZero()));
        return points;
    }

    /** The grade stays provisional while anything waits for a grader. */
    public boolean needsGrading() {
        return entries.values().stream().anyMatch(Entry::needsGrading);
    }
}
