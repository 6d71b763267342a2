package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.steppe.reading.Paragraph;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingSource;
import app.steppe.reading.ReadingSummary;
import app.steppe.reading.ReadingText;
import app.steppe.reading.ReadingVersionAdded;
import app.steppe.support.SteppeWebTest;
import jakarta.persistence.EntityManagerFactory;

@SteppeWebTest
class ReadingApiIntegrationTest {

    @Autowired
    ReadingApi readings;

    @Autowired
    ReadingLibrary library;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private static String uniqueTitle(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ReadingContent content(String title, String body) {
        return new ReadingContent(title, null, ReadingBody.parse(body));
    }

    private long statementsFor(Supplier<?> read) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            read.get();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void readsAVersionWithItsParagraphsInOneQuery() {
        long versionId = readings.currentBySlug("kazakhstan-crisis-china").orElseThrow().versionId();

        assertThat(statementsFor(() -> readings.currentBySlug("kazakhstan-crisis-china"))).isEqualTo(1);
        assertThat(statementsFor(() -> readings.version(versionId))).isEqualTo(1);
    }

    @Test
    void listsAllReadingsWithTheirParagraphCountsInOneQuery() {
        library.addReading(content(uniqueTitle("Listed"), "One.\n\nTwo."));

        assertThat(statementsFor(readings::list)).isEqualTo(1);
        assertThat(readings.list()).filteredOn(r -> r.slug().equals("kazakhstan-crisis-china"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.paragraphCount()).isEqualTo(19);
                    assertThat(r.source()).isEqualTo(ReadingSource.SEED);
                    assertThat(r.subtitle()).startsWith("Despite its economic clout");
                });
    }

    @Test
    void keepsAnOldVersionReadableByItsIdAfterANewVersion() {
        String title = uniqueTitle("Caspian pipelines");
        ReadingVersionAdded first = library.addReading(content(title, "One.\n\nTwo."));
        ReadingVersionAdded second = library.addVersion(first.slug(), content(title, "One.\n\nTwo, revised.\n\nThree."));

        ReadingText old = readings.version(first.versionId()).orElseThrow();
        ReadingText current = readings.current(first.readingId()).orElseThrow();

        assertThat(old.version()).isEqualTo(1);
        assertThat(old.paragraphs()).extracting(Paragraph::text).containsExactly("One.", "Two.");
        assertThat(current.versionId()).isEqualTo(second.versionId());
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.paragraphs()).extracting(Paragraph::anchor).containsExactly("p1", "p2", "p3");
        assertThat(current.contentHash()).isNotEqualTo(old.contentHash());
        assertThat(readings.list()).filteredOn(r -> r.readingId() == first.readingId())
                .extracting(ReadingSummary::version, ReadingSummary::paragraphCount, ReadingSummary::versionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3, second.versionId()));
    }

    @Test
    void givesReadingsWithTheSameTitleNumberedSlugs() {
        String title = uniqueTitle("Steppe empires");
        String slug = Slugs.fromTitle(title);

        assertThat(library.addReading(content(title, "A.")).slug()).isEqualTo(slug);
        assertThat(library.addReading(content(title, "B.")).slug()).isEqualTo(slug + "-2");
        assertThat(library.addReading(content(title, "C.")).slug()).isEqualTo(slug + "-3");
    }

    @Test
    void answersEmptyForReadingsAndVersionsThatDoNotExist() {
        assertThat(readings.currentBySlug("no-such-reading")).isEmpty();
        assertThat(readings.current(Long.MAX_VALUE)).isEmpty();
        assertThat(readings.version(Long.MAX_VALUE)).isEmpty();
    }
}
