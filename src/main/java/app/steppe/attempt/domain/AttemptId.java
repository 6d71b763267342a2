package app.steppe.attempt.domain;

import java.util.Objects;
import java.util.UUID;

public record AttemptId(UUID value) {

    public AttemptId {
        Objects.requireNonNull(value, "attempt id");
    }

    public static AttemptId random() {
        return new AttemptId(UUID.randomUUID());
    }
}
