package app.steppe.questionbank.domain;

import java.util.List;
import java.util.Objects;

/**
 * A question set as an author writes it: {@code readingSlug} is the reading that plain quotes cite.
 * {@code description} (Markdown) is optional and may be null.
 */
public record QuestionSetContent(
        String slug,
        String title,
        String description,
        String readingSlug,
        List<String> tags,
        List<QuestionContent> questions) {

    public QuestionSetContent {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(readingSlug, "readingSlug");
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
    }
}
