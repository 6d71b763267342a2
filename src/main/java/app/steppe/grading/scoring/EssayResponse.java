package app.steppe.grading.scoring;

import java.util.Objects;

/** The essay as written, for a grader to read. */
public record EssayResponse(String text) implements Response {

    public EssayResponse {
        Objects.requireNonNull(text, "text");
    }
}
