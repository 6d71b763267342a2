package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import app.steppe.reading.domain.TextRejectedException.Reason;
import app.steppe.shared.ContentHash;

class ReadingContentTest {

    private static ReadingContent content(String title, String subtitle, String body) {
        return new ReadingContent(title, subtitle, ReadingBody.parse(body));
    }

    @Test
    void hashesWithSha256InLowerCaseHex() {
        assertThat(ContentHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void givesTheSameHashWhateverTheLineEndingsAndWrapping() {
        String unix = content("T", "S", "one two\n\nthree").hash();

        assertThat(content("T", "S", "one\r\ntwo\r\n\r\n\r\nthree\r\n").hash()).isEqualTo(unix);
        assertThat(content(" T ", "S\n", "\n\none\ntwo\n\nthree").hash()).isEqualTo(unix);
    }

    @Test
    void givesADifferentHashWhenTheTextTitleOrSubtitleChanges() {
        String original = content("T", "S", "one\n\ntwo").hash();

        assertThat(content("T", "S", "one\n\ntwo!").hash()).isNotEqualTo(original);
        assertThat(content("T", "S", "one two").hash()).isNotEqualTo(original);
        assertThat(content("T2", "S", "one\n\ntwo").hash()).isNotEqualTo(original);
        assertThat(content("T", null, "one\n\ntwo").hash()).isNotEqualTo(original);
    }

    @Test
    void treatsABlankSubtitleAsNone() {
        assertThat(content("T", "  ", "x").subtitle()).isNull();
    }

    @Test
    void refusesABlankOrTooLongTitle() {
        assertThatThrownBy(() -> content(" ", null, "x"))
                .isInstanceOfSatisfying(TextRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TITLE_BLANK));
        assertThatThrownBy(() -> content("t".repeat(ReadingContent.MAX_TITLE + 1), null, "x"))
                .isInstanceOfSatisfying(TextRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TITLE_TOO_LONG));
    }
}
