package app.steppe.attempt.domain;

import java.util.Objects;
import java.util.Optional;

/** What happened to a save request, and the answer the server now holds for that question. */
public record SaveResult(SaveOutcome outcome, Optional<SavedAnswer> stored) {

    public SaveResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(stored, "stored");
        if (outcome == SaveOutcome.ACCEPTED && stored.isEmpty()) {
            throw new IllegalArgumentException("an accepted save has a stored answer");
        }
    }

    public boolean accepted() {
        return outcome == SaveOutcome.ACCEPTED;
    }
}
