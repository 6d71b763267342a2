package app.steppe.questionbank.domain.grounding;

/** The outcome of looking a quote up in a reading. Paragraphs are numbered from 1. */
public sealed interface CitationCheck {

    /**
     * The quote is in paragraph {@code paragraphNumber}, at [{@code startOffset}, {@code endOffset}) of that
     * paragraph's ORIGINAL text, which reads {@code matchedText}; {@code anchor} ("p7") links to the paragraph.
     */
    record Verified(int paragraphNumber, String anchor, int startOffset, int endOffset, String matchedText)
            implements CitationCheck {
    }

    /**
     * The quote is not in any one paragraph. {@code closestPassage} (original text, cut at word boundaries) in
     * {@code paragraphNumber} is what comes nearest, {@code similarity} in [0, 1] says how near (1 = equal once
     * normalised). For a reading without paragraphs: an empty passage, paragraph 0, similarity 0.
     */
    record NotFound(String closestPassage, int paragraphNumber, double similarity) implements CitationCheck {
    }
}
