package app.steppe.questionbank;

import java.util.List;
import java.util.Optional;

/**
 * An IMS QTI 2.1 content package (a zip of {@code imsmanifest.xml}, an {@code assessment.xml} test and one
 * {@code items/<id>.xml} per question) with its report: what became of each question (those QTI cannot express here
 * are left out, each with its reason) and what each section of the test draws.
 */
public record QtiPackage(byte[] zip, List<Line> lines, List<Section> sections) {

    /** What became of one question: {@code skippedKey} (a message key) is null when it was exported. */
    public record Line(String slug, String type, String skippedKey) {
        public boolean exported() {
            return skippedKey == null;
        }
    }

    /** A section of the test: {@code select} of its {@code items} at random (all of them when equal). */
    public record Section(Optional<String> tag, int select, int items) {
        public boolean draws() {
            return select < items;
        }
    }

    public QtiPackage {
        lines = List.copyOf(lines);
        sections = List.copyOf(sections);
    }

    public long skipped() {
        return lines.stream().filter(line -> !line.exported()).count();
    }
}
