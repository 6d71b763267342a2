package app.steppe.questionbank.domain;

import java.util.Objects;

/** Graded by hand against the {@code rubric} (Markdown, for the grader). */
public record Essay(String rubric, int maxWords) implements AnswerSpec {

    public Essay {
        Objects.requireNonNull(rubric, "rubric");
    }

    @Override
    public QuestionType type() {
        return QuestionType.ESSAY;
    }
}
