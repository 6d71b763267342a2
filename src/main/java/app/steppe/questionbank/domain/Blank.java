package app.steppe.questionbank.domain;

import java.util.List;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/** One gap of a {@link FillBlanks} passage: typed (matched like short text) or chosen from a drop-down. */
@NamedInterface("model")
public sealed interface Blank {

    @NamedInterface("model")
    record Typed(List<AcceptedText> answers) implements Blank {
        public Typed {
            answers = List.copyOf(answers);
        }
    }

    @NamedInterface("model")
    record Choice(List<String> choices, String answer) implements Blank {
        public Choice {
            choices = List.copyOf(choices);
            Objects.requireNonNull(answer, "answer");
        }
    }
}
