package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.validation.QuestionLimits;
import app.steppe.reading.Paragraph;
import app.steppe.reading.ReadingText;

class CoverageTest {

    private static Coverage.CoveredParagraph paragraph(String text, long questions) {
        return new Coverage.CoveredParagraph(1, "p1", text, questions);
    }

    @Test
    void aParagraphShortEnoughIsQuotedWhole() {
        assertThat(paragraph("The CSTO sent a 2,030-strong contingent.", 0).quote())
                .isEqualTo("The CSTO sent a 2,030-strong contingent.");
    }

    @Test
    void aParagraphLongerThanAQuoteMayBeIsQuotedFromItsStartCutAtAWord() {
        String text = "word ".repeat(QuestionLimits.MAX_QUOTE_LENGTH).strip();

        String quote = paragraph(text, 0).quote();

        assertThat(quote.length()).isLessThanOrEqualTo(QuestionLimits.MAX_QUOTE_LENGTH);
        assertThat(text).startsWith(quote);
        assertThat(quote).endsWith("word");
    }

    @Test
    void countsTheParagraphsThatAnyQuestionCites() {
        var reading = new ReadingText(1, "r", "R", 1, 1, "h", List.of(Paragraph.of(1, "a"), Paragraph.of(2, "b"),
                Paragraph.of(3, "c")));
        var coverage = new Coverage(reading, List.of(paragraph("a", 2), paragraph("b", 0), paragraph("c", 1)),
                List.of(), null);

        assertThat(coverage.tested()).isEqualTo(2);
    }
}
