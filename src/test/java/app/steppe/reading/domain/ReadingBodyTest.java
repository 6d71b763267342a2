package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import app.steppe.reading.domain.TextRejectedException.Reason;

class ReadingBodyTest {

    @Test
    void splitsParagraphsOnBlankLines() {
        ReadingBody body = ReadingBody.parse("First paragraph.\n\nSecond paragraph.\n\nThird.");

        assertThat(body.paragraphs()).containsExactly("First paragraph.", "Second paragraph.", "Third.");
    }

    @Test
    void treatsWindowsAndOldMacLineEndingsLikeUnixOnes() {
        ReadingBody crlf = ReadingBody.parse("One\r\nstill one\r\n\r\nTwo");
        ReadingBody cr = ReadingBody.parse("One\rstill one\r\rTwo");

        assertThat(crlf.paragraphs()).containsExactly("One still one", "Two");
        assertThat(cr.paragraphs()).isEqualTo(crlf.paragraphs());
        assertThat(crlf.text()).doesNotContain("\r");
    }

    @Test
    void joinsTheLinesOfAParagraphWithSingleSpaces() {
        ReadingBody body = ReadingBody.parse("A line   \n   wrapped by an editor\nat 80 columns.");

        assertThat(body.paragraphs()).containsExactly("A line wrapped by an editor at 80 columns.");
    }

    @Test
    void dropsEmptyParagraphsFromRunsOfBlankAndWhitespaceLines() {
        ReadingBody body = ReadingBody.parse("\n\n  \nOne\n\n\n \t \n\n\nTwo\n\n\n");

        assertThat(body.paragraphs()).containsExactly("One", "Two");
    }

    @Test
    void keepsTheTextOfAParagraphExactlyApartFromLineBreaks() {
        String paragraph = "The rapid withdrawal of the 2,030-strong contingent \u2013 \u201cquoted\u201d \u00b6 \u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d";

        assertThat(ReadingBody.parse(paragraph).paragraphs()).containsExactly(paragraph);
    }

    @Test
    void givesTheSameNormalisedTextForTheSameParagraphs() {
        assertThat(ReadingBody.parse("a\nb\r\n\r\n\r\nc\n").normalisedText()).isEqualTo("a b\n\nc");
    }

    @Test
    void ignoresAByteOrderMark() {
        assertThat(ReadingBody.parse("\uFEFFFirst").paragraphs()).containsExactly("First");
    }

    @Test
    void refusesABlankText() {
        assertThatThrownBy(() -> ReadingBody.parse(" \n\r\n\t"))
                .isInstanceOfSatisfying(TextRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLANK));
    }

    @Test
    void refusesMoreCharactersThanTheLimit() {
        ReadingBody.parse("x".repeat(ReadingBody.MAX_CHARACTERS));

        assertThatThrownBy(() -> ReadingBody.parse("x".repeat(ReadingBody.MAX_CHARACTERS + 1)))
                .isInstanceOfSatisfying(TextRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    }

    @Test
    void refusesMoreParagraphsThanTheLimit() {
        ReadingBody.parse("p\n\n".repeat(ReadingBody.MAX_PARAGRAPHS));

        assertThatThrownBy(() -> ReadingBody.parse("p\n\n".repeat(ReadingBody.MAX_PARAGRAPHS + 1)))
                .isInstanceOfSatisfying(TextRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PARAGRAPHS));
    }

    @Test
    void refusesControlCharactersThatNoTextFileHas() {
        assertThat(ReadingBody.parse("tab\tis fine").paragraphs()).containsExactly("tab\tis fine");
        assertThatThrownBy(() -> ReadingBody.parse("nul\u0000byte"))
                .isInstanceOfSatisfying(TextRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONTROL_CHARACTERS));
    }
}
