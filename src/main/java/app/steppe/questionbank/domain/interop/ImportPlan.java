package app.steppe.questionbank.domain.interop;

import java.util.List;

import app.steppe.questionbank.domain.QuestionContent;

/**
 * What a GIFT or Aiken file would import: the questions (none has a verified citation yet unless the file carried
 * one), the text of description items for the set's description, and the report. {@code fileProblem} is set when
 * the file itself is refused (not UTF-8, too large, empty). The import is all or nothing: see {@link #importable()}.
 */
public record ImportPlan(List<QuestionContent> questions, String description, List<ImportLine> lines,
        ImportNote fileProblem) {

    public ImportPlan {
        questions = List.copyOf(questions);
        lines = List.copyOf(lines);
    }

    public static ImportPlan refused(ImportNote problem) {
        return new ImportPlan(List.of(), null, List.of(), problem);
    }

    public long rejectedCount() {
        return lines.stream().filter(l -> l.status() == ImportLine.Status.REJECTED).count();
    }

    /** Nothing is half-imported: one rejected question (or a refused file, or no question at all) stops it all. */
    public boolean importable() {
        return fileProblem == null && rejectedCount() == 0 && !questions.isEmpty();
    }
}
