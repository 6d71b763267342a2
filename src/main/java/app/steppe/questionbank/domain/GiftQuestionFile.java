package app.steppe.questionbank.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.questionbank.domain.gift.GiftComments;
import app.steppe.questionbank.domain.interop.GiftImportPlanner;
import app.steppe.questionbank.domain.interop.ImportLine;
import app.steppe.questionbank.domain.interop.ImportPlan;

/**
 * A {@code .gift} file in questions/ as a question set, for {@link QuestionFilesImporter}. The set's id, title and
 * reading come from the notes Steppe's export writes at the top ({@code // [set:…]}, {@code // [title:…]},
 * {@code // [reading:…]}); without a reading note the file is refused, since its questions could cite nothing.
 */
final class GiftQuestionFile {

    static final String EXTENSION = ".gift";

    /** The set, or the file's problems (per rejected question, with line). */
    record Read(QuestionSetContent set, List<FileProblem> problems) {
    }

    private GiftQuestionFile() {
    }

    static Read read(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String stem = name.substring(0, name.length() - EXTENSION.length());
        String reading = first(text, "reading", null);
        if (reading == null) {
            return new Read(null, List.of(new FileProblem(name, 1, null, "interop.file.noReading", null)));
        }
        ImportPlan plan = new GiftImportPlanner().plan(bytes, reading);
        if (plan.fileProblem() != null) {
            return new Read(null, List.of(new FileProblem(name, null, null, plan.fileProblem().key(), null)));
        }
        if (!plan.importable()) {
            List<FileProblem> problems = new ArrayList<>();
            for (ImportLine line : plan.lines()) {
                if (line.status() == ImportLine.Status.REJECTED) {
                    line.notes().forEach(note -> problems.add(new FileProblem(name, line.line(), line.slug(), note.key(),
                            note.argArray())));
                }
            }
            if (problems.isEmpty()) {
                problems.add(new FileProblem(name, null, null, "interop.form.file.noQuestions", null));
            }
            return new Read(null, problems);
        }
        String slug = first(text, "set", stem.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", ""));
        return new Read(new QuestionSetContent(slug, first(text, "title", stem), plan.description(), reading, List.of(),
                plan.questions()), List.of());
    }

    private static String first(String text, String key, String otherwise) {
        return GiftComments.notes(text, key).stream().findFirst().orElse(otherwise);
    }
}
