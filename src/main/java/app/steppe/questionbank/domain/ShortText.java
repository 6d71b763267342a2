package app.steppe.questionbank.domain;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** A typed answer compared, after normalisation and equivalent spellings, with each accepted answer. */
@NamedInterface("model")
public record ShortText(List<AcceptedText> answers, boolean caseSensitive) implements AnswerSpec {

    public ShortText {
        answers = List.copyOf(answers);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_TEXT;
    }
}
