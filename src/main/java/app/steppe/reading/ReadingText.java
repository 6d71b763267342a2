package app.steppe.reading;

import java.util.List;
import java.util.Optional;

/**
 * One version of a reading as other modules see it: what to cite (version id, paragraph numbers and anchors) and
 * what to show. A version never changes once stored, so a citation by {@code versionId} and paragraph number stays
 * valid when the reading gets a new version.
 *
 * @param readingId   the reading (stable across versions)
 * @param slug        the reading's URL name, e.g. {@code kazakhstan-crisis-china}; the page is {@code /readings/{slug}}
 * @param title       the title of this version
 * @param versionId   this version
 * @param version     this version's number, 1 for the first
 * @param contentHash SHA-256 (hex) of the version's normalised text
 * @param paragraphs  the paragraphs in order, numbered from 1
 */
public record ReadingText(long readingId, String slug, String title, long versionId, int version, String contentHash,
        List<Paragraph> paragraphs) {

    public ReadingText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Paragraph {@code number}, if this version has it. */
    public Optional<Paragraph> paragraph(int number) {
        return number < 1 || number > paragraphs.size() ? Optional.empty() : Optional.of(paragraphs.get(number - 1));
    }

    /** The link to this reading's page at paragraph {@code number}, e.g. {@code /readings/some-slug#p7}. */
    public String pathTo(int number) {
        return "/readings/" + slug + "#" + Paragraph.anchorFor(number);
    }
}
