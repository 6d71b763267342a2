package app.steppe.gradebook.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import app.steppe.attempt.AttemptGrading.AttemptMarks;

/** Which attempts the statistics count, as in Moodle's statistics report: each student's first, highest or last, or all. */
public enum AttemptChoice {
    FIRST, HIGHEST, LAST, ALL;

    public static AttemptChoice parse(String value) {
        if (value == null) {
            return ALL;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return ALL;
        }
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The finished attempts to count, in the order given. */
    public List<AttemptMarks> choose(List<AttemptMarks> attempts) {
        var finished = attempts.stream().filter(m -> m.attempt().finished()).toList();
        if (this == ALL) {
            return finished;
        }
        var byStudent = new LinkedHashMap<Long, AttemptMarks>();
        Comparator<AttemptMarks> better = switch (this) {
            case FIRST -> Comparator.comparingInt((AttemptMarks m) -> m.attempt().attemptNo()).reversed();
            case LAST -> Comparator.comparingInt((AttemptMarks m) -> m.attempt().attemptNo());
            default -> Comparator.comparing((AttemptMarks m) -> m.attempt().percentage().orElse(BigDecimal.ZERO))
                    .thenComparing(Comparator.comparingInt((AttemptMarks m) -> m.attempt().attemptNo()).reversed());
        };
        for (var m : finished) {
            byStudent.merge(m.attempt().studentId(), m, (a, b) -> better.compare(a, b) >= 0 ? a : b);
        }
        return new ArrayList<>(byStudent.values());
    }
}
