package app.steppe.questionbank.domain;

import java.util.List;
import java.util.Objects;

/** What describes a set apart from its questions. {@code description} (Markdown) may be null. */
public record SetHeader(String slug, String title, String description, String readingSlug, List<String> tags) {

    public SetHeader {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(readingSlug, "readingSlug");
        tags = List.copyOf(tags);
    }

    public static SetHeader of(QuestionSetContent content) {
        return new SetHeader(content.slug(), content.title(), content.description(), content.readingSlug(),
                content.tags());
    }
}
