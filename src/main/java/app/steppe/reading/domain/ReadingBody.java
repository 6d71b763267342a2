package app.steppe.reading.domain;

import java.util.ArrayList;
import java.util.List;

import app.steppe.reading.domain.TextRejectedException.Reason;

/**
 * The body of a reading and the paragraphs derived from it. The split is deterministic, so the same text always
 * gives the same paragraph numbers: line endings become {@code \n}, paragraphs are separated by blank lines,
 * a paragraph's single line breaks become spaces and empty paragraphs are dropped.
 *
 * @param text       the body with normalised line endings, as stored
 * @param paragraphs the paragraphs in order
 */
public record ReadingBody(String text, List<String> paragraphs) {

    public static final int MAX_CHARACTERS = 200_000;
    public static final int MAX_PARAGRAPHS = 2_000;

    public ReadingBody {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Splits {@code raw} into paragraphs, refusing what cannot be a reading. */
    public static ReadingBody parse(String raw) {
        String text = normaliseLineEndings(raw == null ? "" : raw).strip();
        if (text.isEmpty()) {
            throw new TextRejectedException(Reason.BLANK);
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new TextRejectedException(Reason.TOO_LONG);
        }
        if (text.chars().anyMatch(ReadingBody::isForbiddenControl)) {
            throw new TextRejectedException(Reason.CONTROL_CHARACTERS);
        }
        List<String> paragraphs = split(text);
        if (paragraphs.size() > MAX_PARAGRAPHS) {
            throw new TextRejectedException(Reason.TOO_MANY_PARAGRAPHS);
        }
        return new ReadingBody(text, paragraphs);
    }

    /** The paragraphs joined by one blank line: what the content hash is computed from. */
    public String normalisedText() {
        return String.join("\n\n", paragraphs);
    }

    static String normaliseLineEndings(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                flush(current, paragraphs);
            } else {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(line.strip());
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    // PostgreSQL refuses NUL in text, and other control characters mean the file is not really text.
    private static boolean isForbiddenControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
    }
}
