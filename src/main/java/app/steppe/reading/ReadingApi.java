package app.steppe.reading;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask the reading module. Readings are versioned: a new text never changes an old
 * version, so anything that cites a paragraph should keep the {@code versionId} it cited. Every method reads a
 * version with its paragraphs in one query.
 */
public interface ReadingApi {

    /** The current (newest) version of the reading with this slug, or empty if there is no such reading. */
    Optional<ReadingText> currentBySlug(String slug);

    /** The current (newest) version of the reading, or empty if there is no such reading. */
    Optional<ReadingText> current(long readingId);

    /** That exact version, current or not, or empty if there is no such version. */
    Optional<ReadingText> version(long versionId);

    /** All readings with their current version, ordered by title. */
    List<ReadingSummary> list();
}
