package app.steppe.reading;

/**
 * A reading in a list: its current version's title and size.
 *
 * @param readingId      the reading
 * @param slug           its URL name
 * @param title          the current version's title
 * @param subtitle       the current version's subtitle, or {@code null}
 * @param versionId      the current version
 * @param version        the current version's number
 * @param paragraphCount paragraphs in the current version
 * @param source         where the reading came from
 */
public record ReadingSummary(long readingId, String slug, String title, String subtitle, long versionId, int version,
        int paragraphCount, ReadingSource source) {
}
