package app.steppe.questionbank.domain.grounding;

import app.steppe.questionbank.domain.matching.Typography;

/**
 * A text with the differences a quote may have from its source evened out — whitespace runs become one space,
 * typographic quotes and dashes become plain ones, ends trimmed — that remembers where each of its characters came
 * from, so that a match can be reported in the offsets of the original.
 */
final class NormalisedText {

    private final String original;
    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;

    private NormalisedText(String original, String text, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    static NormalisedText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] starts = new int[original.length()];
        int[] ends = new int[original.length()];
        int spaceStart = -1;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Typography.isSpace(c)) {
                if (spaceStart < 0) {
                    spaceStart = i;
                }
                continue;
            }
            if (spaceStart >= 0 && text.length() > 0) {
                starts[text.length()] = spaceStart;
                ends[text.length()] = i;
                text.append(' ');
            }
            spaceStart = -1;
            starts[text.length()] = i;
            ends[text.length()] = i + 1;
            text.append(Typography.plainDash(Typography.plainQuote(c)));
        }
        return new NormalisedText(original, text.toString(), starts, ends);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Where the normalised range [start, end) begins in the original text. */
    int originalStart(int start) {
        return originalStart[start];
    }

    /** Where the normalised range [start, end) ends (exclusive) in the original text. */
    int originalEnd(int end) {
        return originalEnd[end - 1];
    }

    String originalText(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}
