package app.steppe.study.domain;

import java.time.Instant;

import app.steppe.study.fsrs.CardState;
import app.steppe.study.fsrs.Rating;

/**
 * What a review did to a card. {@code replayed} is true when the same client review id had been seen before: the
 * card was left alone and this is the outcome of the first request.
 */
public record ReviewResult(long questionId, Rating rating, Instant reviewedAt, CardState state, Integer step,
        double stability, double difficulty, Instant due, boolean replayed) {
}
