package app.steppe.grading.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * For each left item (index into the authored pairs) the right-hand item the student paired it with: an index into
 * the right-hand list, which is the pairs' rights in authored order followed by the distractors. A left item the
 * student left unpaired is absent.
 */
public record MatchingResponse(Map<Integer, Integer> rightForLeft) implements Response {

    public MatchingResponse {
        rightForLeft = Map.copyOf(Objects.requireNonNull(rightForLeft, "rightForLeft"));
    }
}
