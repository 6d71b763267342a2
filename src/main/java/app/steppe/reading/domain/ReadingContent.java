package app.steppe.reading.domain;

import app.steppe.reading.domain.TextRejectedException.Reason;
import app.steppe.shared.ContentHash;

/**
 * What one version of a reading says: title, optional subtitle and body. Its hash covers all three in normalised
 * form, so a changed title is a new version too, while a change of line endings or line wrapping is not.
 */
public record ReadingContent(String title, String subtitle, ReadingBody body) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUBTITLE = 300;

    public ReadingContent {
        title = oneLine(title);
        subtitle = oneLine(subtitle);
        if (title.isEmpty()) {
            throw new TextRejectedException(Reason.TITLE_BLANK);
        }
        if (title.length() > MAX_TITLE) {
            throw new TextRejectedException(Reason.TITLE_TOO_LONG);
        }
        if (subtitle.length() > MAX_SUBTITLE) {
            throw new TextRejectedException(Reason.SUBTITLE_TOO_LONG);
        }
        subtitle = subtitle.isEmpty() ? null : subtitle;
        if (body == null) {
            throw new IllegalArgumentException("a reading has a body");
        }
    }

    /** SHA-256 (hex) of the normalised title, subtitle and paragraphs. */
    public String hash() {
        return ContentHash.sha256(title + "\n" + (subtitle == null ? "" : subtitle) + "\n\n" + body.normalisedText());
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
