package app.steppe.questionbank.domain;

import org.springframework.modulith.NamedInterface;

/** Feedback texts are optional (null): {@code feedbackTrue} is shown to a student who answered true. */
@NamedInterface("model")
public record TrueFalse(boolean answer, String feedbackTrue, String feedbackFalse) implements AnswerSpec {

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }
}
