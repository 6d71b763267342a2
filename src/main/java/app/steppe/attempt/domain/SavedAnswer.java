package app.steppe.attempt.domain;

import java.time.Instant;
import java.util.Objects;

/** An answer as stored: what, in which save request of the page, and when the server accepted it. */
public record SavedAnswer(AnswerPayload payload, long sequence, Instant savedAt) {

    public SavedAnswer {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
