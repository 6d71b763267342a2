package app.steppe.questionbank;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a quiz makes of its set, for a QTI 2.1 test: its title, time limit, whether questions are shuffled, whether
 * students must answer in order ({@code linear}), and its draws; no draws means every question of the set.
 */
public record QtiQuizOutline(String title, Optional<Duration> timeLimit, boolean shuffle, boolean linear,
        List<Draw> draws) {

    /** {@code count} questions at random from those with {@code tag}, or from the whole set when empty. */
    public record Draw(Optional<String> tag, int count) {

        public Draw {
            Objects.requireNonNull(tag, "tag");
            if (count < 1) {
                throw new IllegalArgumentException("draw at least one question");
            }
        }
    }

    public QtiQuizOutline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeLimit, "timeLimit");
        draws = List.copyOf(draws);
    }

    /** A whole set, in its order: one section, no time limit. */
    public static QtiQuizOutline wholeSet(String title) {
        return new QtiQuizOutline(title, Optional.empty(), false, false, List.of());
    }
}
