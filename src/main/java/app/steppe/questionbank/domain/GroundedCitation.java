package app.steppe.questionbank.domain;

/**
 * A citation after checking it against a reading version: found (paragraph and offsets in the original text) or
 * not (then {@code suggestion} holds the closest passage and {@code paragraph} where it is).
 */
public record GroundedCitation(String readingSlug, String quote, Long readingId, Long readingVersionId,
        boolean found, Integer paragraph, Integer start, Integer end, String suggestion, int similarityPercent) {
}
