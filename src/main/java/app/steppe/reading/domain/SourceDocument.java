package app.steppe.reading.domain;

import java.util.Locale;

/**
 * A reading as written in a file: an optional front matter block ({@code ---}, simple {@code key: value} lines,
 * {@code ---}) with {@code title} and {@code subtitle}, then the body. Only those two keys are read; a block
 * without its closing line is not front matter but part of the body.
 *
 * @param title    the front matter title, or {@code null}
 * @param subtitle the front matter subtitle, or {@code null}
 * @param body     everything after the front matter
 */
public record SourceDocument(String title, String subtitle, String body) {

    private static final String FENCE = "---";

    public static SourceDocument parse(String raw) {
        String text = ReadingBody.normaliseLineEndings(raw == null ? "" : raw);
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].strip().equals(FENCE)) {
            return new SourceDocument(null, null, text);
        }
        String title = null;
        String subtitle = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals(FENCE)) {
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new SourceDocument(title, subtitle, body);
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            if (key.equals("title")) {
                title = value.isEmpty() ? null : value;
            } else if (key.equals("subtitle")) {
                subtitle = value.isEmpty() ? null : value;
            }
        }
        return new SourceDocument(null, null, text);
    }

    /** The front matter title, else the body's first non-blank line (without Markdown heading marks), else the fallback. */
    public String titleOr(String fallback) {
        if (title != null) {
            return title;
        }
        return body.lines()
                .map(line -> line.strip().replaceFirst("^#+\\s*", "").strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .map(SourceDocument::shorten)
                .orElse(fallback);
    }

    private static String shorten(String line) {
        return line.length() <= ReadingContent.MAX_TITLE ? line : line.substring(0, ReadingContent.MAX_TITLE - 1) + "\u2026";
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
