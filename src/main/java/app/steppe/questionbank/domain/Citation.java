package app.steppe.questionbank.domain;

import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * A quote that grounds a question in a reading. The reading is referenced by slug, never by entity, so that the
 * question bank does not reach into the reading module's persistence.
 */
@NamedInterface("model")
public record Citation(String readingSlug, String quote) {

    public Citation {
        Objects.requireNonNull(readingSlug, "readingSlug");
        Objects.requireNonNull(quote, "quote");
    }
}
