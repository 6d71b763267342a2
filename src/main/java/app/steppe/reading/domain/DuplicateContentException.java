package app.steppe.reading.domain;

/** The text is the same as a version the reading already has: storing it again would only confuse citations. */
public class DuplicateContentException extends RuntimeException {

    private final int existingVersion;

    public DuplicateContentException(String slug, int existingVersion) {
        super("reading " + slug + " already has this text as version " + existingVersion);
        this.existingVersion = existingVersion;
    }

    public int existingVersion() {
        return existingVersion;
    }
}
