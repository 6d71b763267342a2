package app.steppe.attempt.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitedPassagesTest {

    @Test
    void aQuoteIsFoundDespiteSpacingCaseAndTypographicQuotes() {
        var paragraph = "It “will not reduce\n Kazakhstan’s interest” in Chinese goods.";
        var found = CitedPassages.pattern("will not reduce Kazakhstan's interest\"").matcher(paragraph);
        assertThat(found.find()).isTrue();
        assertThat(paragraph.substring(found.start(), found.end())).isEqualTo("will not reduce\n Kazakhstan’s interest”");
        assertThat(CitedPassages.pattern("not in (the) text.*").matcher(paragraph).find()).isFalse();
    }
}
