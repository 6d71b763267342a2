package app.steppe.questionbank.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.CourseReading;

class CitationVerifierTest {

    private final List<String> paragraphs = CourseReading.paragraphs();
    private final CitationVerifier verifier = new CitationVerifier(paragraphs);

    @Test
    void theCourseReadingHasNineteenParagraphs() {
        assertThat(paragraphs).hasSize(19);
        assertThat(paragraphs.get(1)).startsWith("The rapid withdrawal of the 2,030-strong contingent");
    }

    @Test
    void findsAnExactQuoteWithItsParagraphAnchorAndOriginalOffsets() {
        String quote = "the 2,030-strong contingent sent by the Collective Security Treaty Organization (CSTO)";

        CitationCheck check = verifier.verify(quote);

        assertThat(check).isInstanceOf(CitationCheck.Verified.class);
        CitationCheck.Verified verified = (CitationCheck.Verified) check;
        assertThat(verified.paragraphNumber()).isEqualTo(2);
        assertThat(verified.anchor()).isEqualTo("p2");
        assertThat(verified.matchedText()).isEqualTo(quote);
        assertThat(paragraphs.get(1).substring(verified.startOffset(), verified.endOffset())).isEqualTo(quote);
        assertThat(verified.startOffset()).isEqualTo(paragraphs.get(1).indexOf(quote));
    }

    @Test
    void treatsNewlinesAndDoubleSpacesInTheQuoteAsSingleSpaces() {
        CitationCheck check = verifier.verify("  the 2,030-strong\n contingent  sent by the\tCollective Security  ");

        assertThat(check).isInstanceOfSatisfying(CitationCheck.Verified.class, verified -> {
            assertThat(verified.paragraphNumber()).isEqualTo(2);
            assertThat(verified.matchedText()).isEqualTo("the 2,030-strong contingent sent by the Collective Security");
        });
    }

    @Test
    void matchesWhitespaceRunsInTheReadingAndReportsTheOriginalText() {
        CitationVerifier wideSpaced = new CitationVerifier(List.of("First paragraph.", "It was a  wait-and-see\n approach, then."));

        CitationCheck check = wideSpaced.verify("a wait-and-see approach");

        assertThat(check).isInstanceOfSatisfying(CitationCheck.Verified.class, verified -> {
            assertThat(verified.paragraphNumber()).isEqualTo(2);
            assertThat(verified.startOffset()).isEqualTo(7);
            assertThat(verified.matchedText()).isEqualTo("a  wait-and-see\n approach");
        });
    }

    @Test
    void treatsStraightQuotesAsTheArticlesCurlyOnes() {
        CitationCheck check = verifier.verify("Russia has strengthened its reputation as a \"security provider.\"");

        assertThat(check).isInstanceOfSatisfying(CitationCheck.Verified.class, verified -> {
            assertThat(verified.paragraphNumber()).isEqualTo(3);
            assertThat(verified.matchedText()).isEqualTo("Russia has strengthened its reputation as a “security provider.”");
        });
    }

    @Test
    void treatsAStraightApostropheAsTheArticlesCurlyOne() {
        CitationCheck check = verifier.verify("Tokayev's tactical victory against part of the Nazarbayev clan");

        assertThat(check).isInstanceOfSatisfying(CitationCheck.Verified.class,
                verified -> assertThat(verified.matchedText()).contains("Tokayev’s"));
    }

    @Test
    void treatsEnAndEmDashesAsTheArticlesHyphensAndViceVersa() {
        // the article writes "regional policy trends – from Lithuania…" with an en dash
        assertThat(verifier.verify("many regional policy trends - from Lithuania's growing ties with Taiwan"))
                .isInstanceOfSatisfying(CitationCheck.Verified.class, verified -> {
                    assertThat(verified.paragraphNumber()).isEqualTo(7);
                    assertThat(verified.matchedText()).contains("trends – from Lithuania’s");
                });
        assertThat(verifier.verify("many regional policy trends — from Lithuania’s growing ties"))
                .isInstanceOf(CitationCheck.Verified.class);
        assertThat(verifier.verify("the 2,030–strong contingent sent by the Collective"))
                .isInstanceOf(CitationCheck.Verified.class);
    }

    @Test
    void keepsCaseWhenLookingForAQuote() {
        assertThat(verifier.verify("THE 2,030-STRONG CONTINGENT")).isInstanceOf(CitationCheck.NotFound.class);
    }

    @Test
    void pointsAMistypedFigureToThePassageWithTheRightOne() {
        CitationCheck check = verifier.verify("The rapid withdrawal of the 2,300-strong contingent sent by the CSTO");

        assertThat(check).isInstanceOfSatisfying(CitationCheck.NotFound.class, notFound -> {
            assertThat(notFound.paragraphNumber()).isEqualTo(2);
            assertThat(notFound.closestPassage()).contains("2,030-strong contingent");
            assertThat(notFound.closestPassage()).startsWith("The rapid withdrawal");
            assertThat(notFound.similarity()).isBetween(0.8, 0.99);
        });
    }

    @Test
    void cutsTheClosestPassageAtWordBoundaries() {
        CitationCheck check = verifier.verify("disintegration of an outwardly strong state aparatus");

        assertThat(check).isInstanceOfSatisfying(CitationCheck.NotFound.class, notFound -> {
            assertThat(notFound.paragraphNumber()).isEqualTo(5);
            assertThat(notFound.closestPassage()).isEqualTo("disintegration of an outwardly strong state apparatus");
        });
    }

    @Test
    void refusesAQuoteThatRunsAcrossTwoParagraphs() {
        String acrossParagraphs = "an economy stricken by COVID-19. The rapid withdrawal of the 2,030-strong contingent";

        CitationCheck check = verifier.verify(acrossParagraphs);

        assertThat(check).isInstanceOfSatisfying(CitationCheck.NotFound.class, notFound -> {
            assertThat(notFound.paragraphNumber()).isIn(1, 2);
            assertThat(notFound.similarity()).isLessThan(1.0);
        });
    }

    @Test
    void reportsAReadingWithoutParagraphsAsNothingFound() {
        assertThat(new CitationVerifier(List.of()).verify("any quote at all"))
                .isEqualTo(new CitationCheck.NotFound("", 0, 0.0));
    }

    @Test
    void refusesABlankQuote() {
        assertThatIllegalArgumentException().isThrownBy(() -> verifier.verify(" \n\t "));
    }

}
