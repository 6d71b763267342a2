package app.steppe.grading.scoring;

import java.util.Objects;

/** What the student typed, for numeric and short-text questions. */
public record TextResponse(String text) implements Response {

    public TextResponse {
        Objects.requireNonNull(text, "text");
    }
}
