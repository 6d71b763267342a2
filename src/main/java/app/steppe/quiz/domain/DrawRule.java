package app.steppe.quiz.domain;

import java.util.Optional;

/** Draw {@code count} questions at random: from questions with {@code tag}, or from the whole set when empty. */
public record DrawRule(Optional<String> tag, int count) {

    public DrawRule {
        tag = tag == null ? Optional.empty() : tag.map(String::strip).filter(t -> !t.isEmpty());
        if (count < 1) {
            throw new IllegalArgumentException("draw at least one question");
        }
    }
}
