package app.steppe.questionbank.domain.interop;

import java.util.List;

/**
 * One line of an import report: a question (or a description item) of the file, where it starts, what became of
 * it and why. {@code slug} is the id it was given (null when rejected before one was made).
 */
public record ImportLine(int line, String title, String slug, Status status, List<ImportNote> notes) {

    public enum Status {
        IMPORTED, IMPORTED_WITH_WARNINGS, REJECTED, KEPT_IN_DESCRIPTION;

        public String key() {
            return "interop.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportLine {
        notes = List.copyOf(notes);
    }
}
