package app.steppe.questionbank.domain;

import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/** Graded by hand against the {@code rubric} (Markdown, for the grader). */
@NamedInterface("model")
public record Essay(String rubric, int maxWords) implements AnswerSpec {

    public Essay {
        Objects.requireNonNull(rubric, "rubric");
    }

    @Override
    public QuestionType type() {
        return QuestionType.ESSAY;
    }
}
