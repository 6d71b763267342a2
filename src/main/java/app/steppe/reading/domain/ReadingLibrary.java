package app.steppe.reading.domain;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.reading.ReadingSource;
import app.steppe.reading.ReadingVersionAdded;
import app.steppe.reading.domain.SeedResult.Outcome;

/** The write side: stores new readings and versions and tells the other modules with {@link ReadingVersionAdded}. */
@Service
@Transactional
public class ReadingLibrary {

    private final ReadingRepository readings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReadingLibrary(ReadingRepository readings, ApplicationEventPublisher events, Clock clock) {
        this.readings = readings;
        this.events = events;
        this.clock = clock;
    }

    /** A reading added in the browser; its slug comes from the title, made unique with -2, -3, … */
    public ReadingVersionAdded addReading(ReadingContent content) {
        String base = Slugs.fromTitle(content.title());
        String slug = IntStream.iterate(1, n -> n + 1)
                .mapToObj(n -> Slugs.candidate(base, n))
                .filter(candidate -> !readings.existsBySlug(candidate))
                .findFirst()
                .orElseThrow();
        return stored(readings.saveAndFlush(Reading.create(slug, ReadingSource.UPLOADED, content, clock.instant())));
    }

    /**
     * Stores {@code content} as the next version of the reading.
     *
     * @throws UnknownReadingException   if there is no such reading
     * @throws DuplicateContentException if the reading already has this text
     */
    public ReadingVersionAdded addVersion(String slug, ReadingContent content) {
        Reading reading = readings.findBySlug(slug).orElseThrow(() -> new UnknownReadingException(slug));
        reading.addVersion(content, clock.instant());
        return stored(readings.saveAndFlush(reading));
    }

    /** A seed file's text: a new reading, a new version of its reading, or nothing when the text is known. */
    public SeedResult loadSeed(String slug, ReadingContent content) {
        Optional<Reading> existing = readings.findBySlug(slug);
        if (existing.isEmpty()) {
            Reading created = readings.saveAndFlush(Reading.create(slug, ReadingSource.SEED, content, clock.instant()));
            return new SeedResult(Outcome.CREATED, stored(created));
        }
        Reading reading = existing.get();
        if (reading.source() != ReadingSource.SEED) {
            return new SeedResult(Outcome.SLUG_TAKEN, null);
        }
        if (reading.versionWithHash(content.hash()).isPresent()) {
            return new SeedResult(Outcome.UNCHANGED, null);
        }
        reading.addVersion(content, clock.instant());
        return new SeedResult(Outcome.UPDATED, stored(readings.saveAndFlush(reading)));
    }

    private ReadingVersionAdded stored(Reading reading) {
        ReadingVersion version = reading.newestVersion();
        ReadingVersionAdded added = new ReadingVersionAdded(reading.id(), reading.slug(), version.id(), version.number());
        events.publishEvent(added);
        return added;
    }
}
