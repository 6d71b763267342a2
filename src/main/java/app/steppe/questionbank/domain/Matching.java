package app.steppe.questionbank.domain;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** Left items to pair with right items; {@code distractors} are extra right items that match nothing. */
@NamedInterface("model")
public record Matching(List<MatchPair> pairs, List<String> distractors) implements AnswerSpec {

    public Matching {
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }
}
