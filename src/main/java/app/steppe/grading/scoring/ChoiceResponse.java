package app.steppe.grading.scoring;

import java.util.Objects;
import java.util.Set;

/** The options chosen (indexes into the authored options), for single choice and multiple response. */
public record ChoiceResponse(Set<Integer> chosen) implements Response {

    public ChoiceResponse {
        chosen = Set.copyOf(Objects.requireNonNull(chosen, "chosen"));
    }

    public static ChoiceResponse of(Integer... chosen) {
        return new ChoiceResponse(Set.of(chosen));
    }
}
