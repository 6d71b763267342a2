package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * What an author writes for one question, before it is stored. The type is read off the answer spec rather than
 * stored beside it, so the two can never disagree. {@code explanation} (Markdown) is optional and may be null.
 */
@NamedInterface("model")
public record QuestionContent(
        String slug,
        String prompt,
        BigDecimal points,
        List<String> tags,
        String explanation,
        List<Citation> citations,
        AnswerSpec answer) {

    public static final BigDecimal DEFAULT_POINTS = BigDecimal.ONE;

    public QuestionContent {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(points, "points");
        tags = List.copyOf(tags);
        citations = List.copyOf(citations);
        Objects.requireNonNull(answer, "answer");
    }

    public QuestionType type() {
        return answer.type();
    }
}
