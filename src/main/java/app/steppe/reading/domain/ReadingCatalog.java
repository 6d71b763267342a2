package app.steppe.reading.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingSummary;
import app.steppe.reading.ReadingText;

/** The read side: the module's API for others, and the reading pages. */
@Service
@Transactional(readOnly = true)
public class ReadingCatalog implements ReadingApi {

    private final ReadingRepository readings;
    private final ReadingVersionRepository versions;

    ReadingCatalog(ReadingRepository readings, ReadingVersionRepository versions) {
        this.readings = readings;
        this.versions = versions;
    }

    @Override
    public Optional<ReadingText> currentBySlug(String slug) {
        return versions.findCurrentBySlug(slug).map(ReadingVersion::toText);
    }

    @Override
    public Optional<ReadingText> current(long readingId) {
        return versions.findCurrentByReadingId(readingId).map(ReadingVersion::toText);
    }

    @Override
    public Optional<ReadingText> version(long versionId) {
        return versions.findWithParagraphs(versionId).map(ReadingVersion::toText);
    }

    @Override
    public List<ReadingSummary> list() {
        return readings.summaries();
    }

    /** The page for version {@code number} of the reading, or its current version when {@code number} is null. */
    public Optional<ReadingPage> page(String slug, Integer number) {
        Optional<ReadingVersion> version = number == null
                ? versions.findCurrentBySlug(slug)
                : versions.findBySlugAndNumber(slug, number);
        return version.map(ReadingPage::of);
    }
}
