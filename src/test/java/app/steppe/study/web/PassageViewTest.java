package app.steppe.study.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageViewTest {

    @Test
    void theQuoteIsCutOutOfItsParagraphToBeHighlighted() {
        var p = PassageView.cut("r", "Reading", "/readings/r#p2", 2, "It was cold. The steppe was wide. Then spring came.",
                "the steppe was wide");

        assertThat(p.placed()).isTrue();
        assertThat(p.before()).isEqualTo("It was cold. ");
        assertThat(p.quote()).isEqualTo("The steppe was wide");
        assertThat(p.after()).isEqualTo(". Then spring came.");
    }

    @Test
    void aQuoteNotFoundStandsBesideTheParagraph() {
        var p = PassageView.cut("r", "Reading", "/readings/r", null, null, "gone from the text");

        assertThat(p.placed()).isFalse();
        assertThat(p.quote()).isEqualTo("gone from the text");
        assertThat(p.before()).isEmpty();
    }
}
