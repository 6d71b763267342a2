package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/** The marks of a finished attempt as the grading module computed them. */
public record Grade(Map<QuestionKey, BigDecimal> points, BigDecimal total, BigDecimal max, BigDecimal percentage, GradeState state) {

    public Grade {
        points = Map.copyOf(Objects.requireNonNull(points, "points"));
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(state, "state");
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("max points must be positive: " + max);
        }
        if (points.values().stream().anyMatch(p -> p.signum() < 0)) {
            throw new IllegalArgumentException("points cannot be negative: " + points);
        }
        if (total.compareTo(sum(points)) != 0) {
            throw new IllegalArgumentException("total " + total + " is not the sum of " + points);
        }
        if (total.compareTo(max) > 0) {
            throw new IllegalArgumentException("total " + total + " above max " + max);
        }
        if (percentage.compareTo(percentageOf(total, max)) != 0) {
            throw new IllegalArgumentException("percentage " + percentage + " does not match " + total + "/" + max);
        }
    }

    public static Grade of(Map<QuestionKey, BigDecimal> points, BigDecimal max, boolean needsManualGrading) {
        var total = sum(points);
        return new Grade(points, total, max, percentageOf(total, max),
                needsManualGrading ? GradeState.PROVISIONAL : GradeState.FINAL);
    }

    private static BigDecimal sum(Map<QuestionKey, BigDecimal> points) {
        return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percentageOf(BigDecimal total, BigDecimal max) {
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("max points must be positive: " + max);
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }
}
