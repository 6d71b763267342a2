package app.steppe.questionbank.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** One or more options are correct; {@code scoring} says how partly right selections earn credit. */
@NamedInterface("model")
public record MultipleResponse(List<ChoiceOption> options, Scoring scoring) implements AnswerSpec {

    public MultipleResponse {
        options = List.copyOf(options);
        Objects.requireNonNull(scoring, "scoring");
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_RESPONSE;
    }

    public enum Scoring {
        /** Each right choice +1/k, each wrong choice −1/k (k = number of correct options), floored at 0. */
        RIGHT_MINUS_WRONG,
        ALL_OR_NOTHING;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Scoring> fromYamlName(String name) {
            return Arrays.stream(values()).filter(scoring -> scoring.yamlName().equals(name)).findFirst();
        }
    }
}
