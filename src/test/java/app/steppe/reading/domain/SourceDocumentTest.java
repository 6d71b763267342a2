package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    @Test
    void readsTitleAndSubtitleFromTheFrontMatter() {
        SourceDocument document = SourceDocument.parse("---\ntitle: The Title\nsubtitle:  A subtitle: with a colon \n---\nBody.");

        assertThat(document.title()).isEqualTo("The Title");
        assertThat(document.subtitle()).isEqualTo("A subtitle: with a colon");
        assertThat(document.body()).isEqualTo("Body.");
    }

    @Test
    void readsFrontMatterWithWindowsLineEndingsQuotesAndOtherKeys() {
        SourceDocument document = SourceDocument.parse("---\r\nauthor: someone\r\nTitle: \"Quoted\"\r\n---\r\nBody.");

        assertThat(document.title()).isEqualTo("Quoted");
        assertThat(document.subtitle()).isNull();
        assertThat(document.body()).isEqualTo("Body.");
    }

    @Test
    void keepsEverythingAsBodyWhenThereIsNoFrontMatter() {
        SourceDocument document = SourceDocument.parse("Title line\n\nBody.");

        assertThat(document.title()).isNull();
        assertThat(document.body()).isEqualTo("Title line\n\nBody.");
    }

    @Test
    void treatsAnUnclosedFenceAsPartOfTheBody() {
        SourceDocument document = SourceDocument.parse("---\ntitle: Not front matter\n\nBody.");

        assertThat(document.title()).isNull();
        assertThat(document.body()).startsWith("---\ntitle: Not front matter");
    }

    @Test
    void takesTheFirstLineAsTitleWithoutFrontMatter() {
        assertThat(SourceDocument.parse("\n# A Markdown heading\n\nBody.").titleOr("the-slug")).isEqualTo("A Markdown heading");
    }

    @Test
    void fallsBackToTheSlugWhenThereIsNoTitleAtAll() {
        assertThat(SourceDocument.parse("---\ntitle:\n---\n\n \n").titleOr("the-slug")).isEqualTo("the-slug");
    }

    @Test
    void shortensAVeryLongFirstLineToTheTitleLimit() {
        String title = SourceDocument.parse("word ".repeat(100)).titleOr("slug");

        assertThat(title).hasSize(ReadingContent.MAX_TITLE).endsWith("\u2026");
    }

    @Test
    void splitsTheCourseReadingIntoNineteenParagraphsAfterItsFrontMatter() throws Exception {
        String text = Files.readString(Path.of("seeds/kazakhstan-crisis-china.md"), StandardCharsets.UTF_8);

        SourceDocument document = SourceDocument.parse(text);
        ReadingBody body = ReadingBody.parse(document.body());

        assertThat(document.title()).isEqualTo("After Kazakhstan Crisis, China Will Reassess Its Influence in Central Asia");
        assertThat(document.subtitle()).startsWith("Despite its economic clout in Kazakhstan");
        assertThat(body.paragraphs()).hasSize(19);
        assertThat(body.paragraphs().get(0)).startsWith("The standard logic of the division of labor");
        assertThat(body.paragraphs().get(1)).contains("2,030-strong contingent");
    }
}
