package app.steppe.reading.domain;

import java.time.Instant;

import app.steppe.reading.ReadingText;

/**
 * What the reading page shows beyond {@link ReadingText}: the subtitle and where this version stands.
 *
 * @param text         the version shown
 * @param subtitle     that version's subtitle, or {@code null}
 * @param versionCount how many versions the reading has (the newest is the current one)
 * @param created      when this version was stored
 */
public record ReadingPage(ReadingText text, String subtitle, int versionCount, Instant created) {

    public boolean isCurrent() {
        return text.version() == versionCount;
    }

    static ReadingPage of(ReadingVersion version) {
        return new ReadingPage(version.toText(), version.subtitle(), version.reading().currentVersion(),
                version.createdAt());
    }
}
