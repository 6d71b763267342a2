package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import app.steppe.reading.ReadingSource;

class ReadingTest {

    private static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-02-03T09:00:00Z");

    private static ReadingContent text(String title, String body) {
        return new ReadingContent(title, null, ReadingBody.parse(body));
    }

    private static Reading aSeededReading() {
        return Reading.create("silk-road", ReadingSource.SEED, text("Silk Road", "First.\n\nSecond."), MONDAY);
    }

    @Test
    void startsWithVersionOneHoldingTheParagraphs() {
        Reading reading = aSeededReading();

        assertThat(reading.currentVersion()).isEqualTo(1);
        assertThat(reading.newestVersion().number()).isEqualTo(1);
        assertThat(reading.newestVersion().paragraphCount()).isEqualTo(2);
        assertThat(reading.newestVersion().createdAt()).isEqualTo(MONDAY);
        assertThat(reading.title()).isEqualTo("Silk Road");
    }

    @Test
    void numbersEachNewVersionAfterTheLastOne() {
        Reading reading = aSeededReading();

        ReadingVersion second = reading.addVersion(text("Silk Road", "First.\n\nSecond, revised."), TUESDAY);
        ReadingVersion third = reading.addVersion(text("The Silk Road", "First.\n\nSecond, revised."), TUESDAY);

        assertThat(second.number()).isEqualTo(2);
        assertThat(third.number()).isEqualTo(3);
        assertThat(reading.currentVersion()).isEqualTo(3);
        assertThat(reading.title()).isEqualTo("The Silk Road");
    }

    @Test
    void refusesATextItAlreadyHoldsEvenInAnOlderVersion() {
        Reading reading = aSeededReading();
        reading.addVersion(text("Silk Road", "Changed."), TUESDAY);

        assertThatThrownBy(() -> reading.addVersion(text("Silk Road", "First.\r\n\r\nSecond."), TUESDAY))
                .isInstanceOfSatisfying(DuplicateContentException.class, e -> assertThat(e.existingVersion()).isEqualTo(1));
        assertThat(reading.currentVersion()).isEqualTo(2);
    }

    @Test
    void refusesASlugThatIsNotLowerCaseKebabCase() {
        assertThatThrownBy(() -> Reading.create("Silk Road", ReadingSource.SEED, text("T", "x"), MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
