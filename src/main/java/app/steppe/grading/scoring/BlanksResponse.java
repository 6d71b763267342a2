package app.steppe.grading.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One value per blank, in the order of the question's blanks: what was typed, or for a drop-down the text of the
 * choice picked. A blank left empty is {@code ""} (a {@code null} value is taken as empty).
 */
public record BlanksResponse(List<String> values) implements Response {

    public BlanksResponse {
        values = Objects.requireNonNull(values, "values").stream()
                .map(value -> value == null ? "" : value)
                .toList();
    }

    public static BlanksResponse of(String... values) {
        return new BlanksResponse(List.of(values));
    }
}
