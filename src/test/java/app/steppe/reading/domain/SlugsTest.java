package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesALowerCaseKebabCaseSlugFromATitle() {
        assertThat(Slugs.fromTitle("After Kazakhstan Crisis, China Will Reassess Its Influence in Central Asia!"))
                .isEqualTo("after-kazakhstan-crisis-china-will-reassess-its-influence-in-central-asia");
    }

    @Test
    void dropsApostrophesInsteadOfSplittingWords() {
        assertThat(Slugs.fromTitle("China’s Role and Russia's")).isEqualTo("chinas-role-and-russias");
    }

    @Test
    void removesAccentsAndTransliteratesCyrillic() {
        assertThat(Slugs.fromTitle("Crème brûlée à Łódź")).isEqualTo("creme-brulee-a-lodz");
        assertThat(Slugs.fromTitle("Қазақстан және Ресей")).isEqualTo("qazaqstan-zhane-resey");
    }

    @Test
    void givesAFixedSlugWhenNothingUsableIsLeft() {
        assertThat(Slugs.fromTitle("中国 — ?!")).isEqualTo("reading");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.fromTitle("geopolitics ".repeat(20));

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_BASE_LENGTH).endsWith("geopolitics").doesNotEndWith("-");
    }

    @Test
    void usesAFileNameWithoutItsExtension() {
        assertThat(Slugs.fromFileName("kazakhstan-crisis-china.md")).isEqualTo("kazakhstan-crisis-china");
        assertThat(Slugs.fromFileName("Week 3_Notes.TXT")).isEqualTo("week-3-notes");
    }

    @Test
    void numbersFurtherCandidatesFromTwo() {
        assertThat(Slugs.candidate("silk-road", 1)).isEqualTo("silk-road");
        assertThat(Slugs.candidate("silk-road", 2)).isEqualTo("silk-road-2");
        assertThat(Slugs.candidate("silk-road", 3)).isEqualTo("silk-road-3");
    }
}
