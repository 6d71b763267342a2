package app.steppe.questionbank.domain.grounding;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks that a quote appears in one paragraph of a reading, treating runs of whitespace, typographic and straight
 * quotes, and dashes as equal (briefs/yaml-format.md). When it does not, it points the author to the passage that
 * comes closest, so a mistyped figure ("2,300" for "2,030") is found at once.
 * <p>
 * One verifier per reading: the paragraphs are normalised once and reused for every quote.
 */
public final class CitationVerifier {

    private final List<NormalisedText> paragraphs;
    /** Lower-cased, for finding the closest passage: a quote with the wrong capitals should still find its passage. */
    private final List<char[]> foldedParagraphs;
    private final List<Set<String>> paragraphWords;

    /** @param paragraphs the reading's paragraphs in order; the first is paragraph 1 (anchor "p1") */
    public CitationVerifier(List<String> paragraphs) {
        this.paragraphs = paragraphs.stream().map(NormalisedText::of).toList();
        this.foldedParagraphs = this.paragraphs.stream().map(paragraph -> lowerCase(paragraph.text())).toList();
        this.paragraphWords = foldedParagraphs.stream().map(CitationVerifier::words).toList();
    }

    /** @throws IllegalArgumentException if the quote is blank (the validator refuses quotes under 10 characters) */
    public CitationCheck verify(String quote) {
        NormalisedText normalisedQuote = NormalisedText.of(quote);
        if (normalisedQuote.length() == 0) {
            throw new IllegalArgumentException("a blank quote cannot be verified");
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            NormalisedText paragraph = paragraphs.get(p);
            int start = paragraph.text().indexOf(normalisedQuote.text());
            if (start >= 0) {
                int end = start + normalisedQuote.length();
                return new CitationCheck.Verified(p + 1, "p" + (p + 1),
                        paragraph.originalStart(start), paragraph.originalEnd(end), paragraph.originalText(start, end));
            }
        }
        return closestPassage(lowerCase(normalisedQuote.text()));
    }

    private CitationCheck.NotFound closestPassage(char[] quote) {
        int bestParagraph = -1;
        ClosestPassageFinder.Match best = null;
        // likeliest paragraphs first: once a close match is known, the cut-off makes the others cheap
        for (int p : byWordsInCommon(quote)) {
            int worseThan = best == null ? Integer.MAX_VALUE : best.distance();
            ClosestPassageFinder.Match match = ClosestPassageFinder.bestEnd(quote, foldedParagraphs.get(p), worseThan);
            if (match != null) {
                best = match;
                bestParagraph = p;
            }
        }
        if (best == null) {
            return new CitationCheck.NotFound("", 0, 0.0);
        }
        char[] text = foldedParagraphs.get(bestParagraph);
        ClosestPassageFinder.Match located = ClosestPassageFinder.withStart(quote, text, best);
        int start = located.start();
        int end = located.end();
        while (start > 0 && Character.isLetterOrDigit(text[start - 1])) {
            start--;
        }
        while (end < text.length && Character.isLetterOrDigit(text[end])) {
            end++;
        }
        while (start < end && text[start] == ' ') {
            start++;
        }
        while (end > start && text[end - 1] == ' ') {
            end--;
        }
        if (start == end) {
            return new CitationCheck.NotFound("", bestParagraph + 1, 0.0);
        }
        double similarity = similarity(new String(quote), new String(text, start, end - start));
        return new CitationCheck.NotFound(paragraphs.get(bestParagraph).originalText(start, end), bestParagraph + 1, similarity);
    }

    private List<Integer> byWordsInCommon(char[] quote) {
        Set<String> quoteWords = words(quote);
        int[] shared = new int[foldedParagraphs.size()];
        for (int p = 0; p < shared.length; p++) {
            shared[p] = (int) quoteWords.stream().filter(paragraphWords.get(p)::contains).count();
        }
        return IntStream.range(0, shared.length).boxed()
                .filter(p -> foldedParagraphs.get(p).length > 0)
                .sorted(Comparator.comparingInt((Integer p) -> -shared[p]).thenComparingInt(p -> p))
                .toList();
    }

    private static Set<String> words(char[] text) {
        return Arrays.stream(new String(text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 2)
                .collect(Collectors.toSet());
    }

    private static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return 1.0 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longer;
    }

    /** Character by character, so offsets stay aligned ("İ" would otherwise lower-case to two characters). */
    private static char[] lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return chars;
    }
}
