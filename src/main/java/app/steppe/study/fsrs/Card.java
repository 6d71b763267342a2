package app.steppe.study.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * One card as the scheduler sees it. A new card has no memory and no last review; {@code step} is the index into the
 * (re)learning steps and is null outside them.
 */
public record Card(CardState state, Integer step, MemoryState memory, Instant lastReview, Instant due) {

    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        boolean isNew = state == CardState.NEW;
        if (isNew != (memory == null) || isNew != (lastReview == null)) {
            throw new IllegalArgumentException("exactly the new cards have no memory and no last review");
        }
        boolean inSteps = state == CardState.LEARNING || state == CardState.RELEARNING;
        if (inSteps != (step != null) || (step != null && step < 0)) {
            throw new IllegalArgumentException("exactly the cards in (re)learning have a step");
        }
    }

    /** A card never reviewed, due at once. */
    public static Card fresh(Instant due) {
        return new Card(CardState.NEW, null, null, null, due);
    }
}
