package app.steppe.reading;

/**
 * Published when a version of a reading is stored, the first one included ({@code version == 1} means a new
 * reading). Listeners that keep data per paragraph (coverage, study) react to it after the commit with
 * {@code @ApplicationModuleListener}.
 *
 * @param readingId the reading
 * @param slug      its URL name
 * @param versionId the new version
 * @param version   the new version's number
 */
public record ReadingVersionAdded(long readingId, String slug, long versionId, int version) {
}
