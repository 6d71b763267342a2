package app.steppe.questionbank.domain;

import java.util.List;

import app.steppe.questionbank.domain.validation.Violation;

/** The result of a command: its value, or every rule it broke (then nothing was saved). */
public record Outcome<T>(T value, List<Violation> violations) {

    public Outcome {
        violations = List.copyOf(violations);
    }

    public static <T> Outcome<T> done(T value) {
        return new Outcome<>(value, List.of());
    }

    public static <T> Outcome<T> refused(List<Violation> violations) {
        return new Outcome<>(null, violations);
    }

    public static <T> Outcome<T> refused(Violation violation) {
        return new Outcome<>(null, List.of(violation));
    }

    public boolean ok() {
        return violations.isEmpty();
    }
}
