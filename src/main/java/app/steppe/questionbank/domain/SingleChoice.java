package app.steppe.questionbank.domain;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** Exactly one option is correct; {@code shuffle = false} pins the order (for "All of the above"). */
@NamedInterface("model")
public record SingleChoice(List<ChoiceOption> options, boolean shuffle) implements AnswerSpec {

    public SingleChoice {
        options = List.copyOf(options);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }
}
