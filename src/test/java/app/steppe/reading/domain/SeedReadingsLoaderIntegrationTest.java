package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;
import app.steppe.reading.ReadingVersionAdded;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class SeedReadingsLoaderIntegrationTest {

    private static final Path COURSE_SEEDS = Path.of("seeds");
    private static final String COURSE_READING = "kazakhstan-crisis-china";

    @Autowired
    SeedReadingsLoader loader;

    @Autowired
    ReadingApi readings;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path seeds;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void loadsTheCourseReadingAtStartWithItsNineteenParagraphs() {
        ReadingText reading = readings.currentBySlug(COURSE_READING).orElseThrow();

        assertThat(reading.title()).isEqualTo("After Kazakhstan Crisis, China Will Reassess Its Influence in Central Asia");
        assertThat(reading.paragraphs()).hasSize(19);
        assertThat(reading.paragraph(2).orElseThrow().text()).contains("2,030-strong contingent");
        assertThat(reading.paragraph(2).orElseThrow().anchor()).isEqualTo("p2");
        assertThat(reading.contentHash()).hasSize(64);
    }

    @Test
    void loadingTheSameDirectoryAgainAddsNothing() {
        ReadingText before = readings.currentBySlug(COURSE_READING).orElseThrow();

        SeedLoadReport report = loader.load(COURSE_SEEDS);

        assertThat(report.unchanged()).contains(COURSE_READING);
        assertThat(report.created()).doesNotContain(COURSE_READING);
        assertThat(report.updated()).doesNotContain(COURSE_READING);
        assertThat(readings.currentBySlug(COURSE_READING).orElseThrow().versionId()).isEqualTo(before.versionId());
        assertThat(events.stream(ReadingVersionAdded.class)).isEmpty();
    }

    @Test
    void aChangedFileBecomesTheNextVersionAndIsAnnounced() throws Exception {
        String slug = unique("kazakhstan-crisis-china");
        Path file = seeds.resolve(slug + ".md");
        Files.copy(COURSE_SEEDS.resolve(COURSE_READING + ".md"), file);
        assertThat(loader.load(seeds).created()).containsExactly(slug);
        ReadingText first = readings.currentBySlug(slug).orElseThrow();

        Files.writeString(file, "\n\nA twentieth paragraph added for next term.\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        SeedLoadReport report = loader.load(seeds);

        ReadingText second = readings.currentBySlug(slug).orElseThrow();
        assertThat(report.updated()).containsExactly(slug);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.readingId()).isEqualTo(first.readingId());
        assertThat(second.paragraphs()).hasSize(20);
        assertThat(second.paragraph(20).orElseThrow().text()).isEqualTo("A twentieth paragraph added for next term.");
        assertThat(readings.version(first.versionId()).orElseThrow().paragraphs()).hasSize(19);
        assertThat(events.stream(ReadingVersionAdded.class)).containsExactly(
                new ReadingVersionAdded(first.readingId(), slug, first.versionId(), 1),
                new ReadingVersionAdded(first.readingId(), slug, second.versionId(), 2));
        assertThat(loader.load(seeds).unchanged()).containsExactly(slug);
    }

    @Test
    void skipsAFileThatIsNotUtf8AndStillLoadsTheOthers(CapturedOutput output) throws Exception {
        String bad = unique("windows-notes");
        String good = unique("utf8-notes");
        Files.write(seeds.resolve(bad + ".txt"),
                "Caf\u00e9 \u201cquoted\u201d in Almaty".getBytes(Charset.forName("windows-1252")));
        Files.writeString(seeds.resolve(good + ".txt"), "Caf\u00e9 \u201cquoted\u201d in Almaty", StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("ignored.pdf"), "not a seed", StandardCharsets.UTF_8);

        SeedLoadReport report = loader.load(seeds);

        assertThat(report.skipped()).containsExactly(bad + ".txt");
        assertThat(report.created()).containsExactly(good);
        assertThat(readings.currentBySlug(bad)).isEmpty();
        assertThat(readings.currentBySlug(good).orElseThrow().title()).isEqualTo("Caf\u00e9 \u201cquoted\u201d in Almaty");
        assertThat(output.getAll()).contains("Seed file " + bad + ".txt skipped: not valid UTF-8")
                .contains("Reading '" + good + "' loaded from " + good + ".txt (version 1)")
                .doesNotContain("MalformedInputException");
    }

    @Test
    void skipsAFileWithATextThatCannotBeAReading() throws Exception {
        String empty = unique("empty");
        Files.writeString(seeds.resolve(empty + ".md"), "---\ntitle: Only front matter\n---\n\n", StandardCharsets.UTF_8);

        SeedLoadReport report = loader.load(seeds);

        assertThat(report.skipped()).containsExactly(empty + ".md");
        assertThat(readings.currentBySlug(empty)).isEmpty();
    }

    @Test
    void findsNothingToLoadWithoutASeedsDirectory() {
        SeedLoadReport report = loader.load(seeds.resolve("missing"));

        assertThat(report.created()).isEmpty();
        assertThat(report.skipped()).isEmpty();
    }
}
