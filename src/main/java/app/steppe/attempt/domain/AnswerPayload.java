package app.steppe.attempt.domain;

import java.util.Objects;

/** The student's answer as the page sent it; opaque here, the grading module reads it. */
public record AnswerPayload(String json) {

    public static final int MAX_LENGTH = 20_000;

    public AnswerPayload {
        Objects.requireNonNull(json, "answer json");
        if (json.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("answer longer than " + MAX_LENGTH + " characters: " + json.length());
        }
    }
}
