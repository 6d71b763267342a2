package app.steppe.gradebook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.steppe.quiz.GradingMethod;

/**
 * A student's grade on a quiz from their attempts, by the quiz's grading method (Moodle's "grading method"): the
 * highest, first, last or average percentage of the finished attempts. Open attempts do not count. The grade is
 * provisional while an attempt it depends on waits for a grader: for the highest and the average any finished
 * attempt may still change the result, for first and last only that attempt.
 */
public final class GradeAcrossAttempts {

    public enum Status { NOT_STARTED, IN_PROGRESS, NEEDS_GRADING, GRADED }

    /** One attempt: its number (1, 2, …), whether it is finished and provisional, its percentage once scored. */
    public record Taken(int attemptNo, boolean finished, boolean provisional, Optional<BigDecimal> percentage) {

        public Taken {
            Objects.requireNonNull(percentage, "percentage");
            if (finished && percentage.isEmpty()) {
                throw new IllegalArgumentException("a finished attempt has a percentage");
            }
        }

        public static Taken finished(int attemptNo, String percentage) {
            return new Taken(attemptNo, true, false, Optional.of(new BigDecimal(percentage)));
        }

        public static Taken provisional(int attemptNo, String percentage) {
            return new Taken(attemptNo, true, true, Optional.of(new BigDecimal(percentage)));
        }

        public static Taken open(int attemptNo) {
            return new Taken(attemptNo, false, false, Optional.empty());
        }
    }

    /** The grade in percent (2 decimals), empty with no finished attempt. */
    public record QuizGrade(Optional<BigDecimal> percent, boolean provisional, Status status, int attempts) {

        public static final QuizGrade NOT_STARTED = new QuizGrade(Optional.empty(), false, Status.NOT_STARTED, 0);
    }

    private GradeAcrossAttempts() {
    }

    public static QuizGrade of(GradingMethod method, List<Taken> attempts) {
        if (attempts.isEmpty()) {
            return QuizGrade.NOT_STARTED;
        }
        var finished = attempts.stream().filter(Taken::finished).sorted(Comparator.comparingInt(Taken::attemptNo)).toList();
        boolean anyOpen = attempts.stream().anyMatch(a -> !a.finished());
        if (finished.isEmpty()) {
            return new QuizGrade(Optional.empty(), false, Status.IN_PROGRESS, attempts.size());
        }
        BigDecimal percent;
        boolean provisional;
        switch (method) {
            case FIRST -> {
                percent = percentOf(finished.get(0));
                provisional = finished.get(0).provisional();
            }
            case LAST -> {
                percent = percentOf(finished.get(finished.size() - 1));
                provisional = finished.get(finished.size() - 1).provisional();
            }
            case AVERAGE -> {
                var sum = finished.stream().map(GradeAcrossAttempts::percentOf).reduce(BigDecimal.ZERO, BigDecimal::add);
                percent = sum.divide(BigDecimal.valueOf(finished.size()), 2, RoundingMode.HALF_UP);
                provisional = finished.stream().anyMatch(Taken::provisional);
            }
            default -> {
                percent = finished.stream().map(GradeAcrossAttempts::percentOf).max(BigDecimal::compareTo).orElseThrow();
                provisional = finished.stream().anyMatch(Taken::provisional);
            }
        }
        Status status = provisional ? Status.NEEDS_GRADING : anyOpen ? Status.IN_PROGRESS : Status.GRADED;
        return new QuizGrade(Optional.of(percent.setScale(2, RoundingMode.HALF_UP)), provisional, status, attempts.size());
    }

    private static BigDecimal percentOf(Taken taken) {
        return taken.percentage().orElseThrow();
    }
}
