package app.steppe.questionbank.domain;

import java.util.Objects;

import org.springframework.modulith.NamedInterface;

@NamedInterface("model")
public record MatchPair(String left, String right) {

    public MatchPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
