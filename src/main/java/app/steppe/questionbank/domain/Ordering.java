package app.steppe.questionbank.domain;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** Items in the correct order; students see them shuffled. */
@NamedInterface("model")
public record Ordering(List<String> items) implements AnswerSpec {

    public Ordering {
        items = List.copyOf(items);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }
}
