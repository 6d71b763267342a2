package app.steppe.questionbank.domain.interop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.gift.GiftParse;
import app.steppe.questionbank.domain.gift.GiftProblem;
import app.steppe.questionbank.domain.gift.GiftQuestion;
import app.steppe.questionbank.domain.gift.GiftReader;
import app.steppe.questionbank.domain.gift.GiftType;
import app.steppe.questionbank.domain.validation.QuestionValidator;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * A GIFT file as an import plan: every question mapped and validated by the question bank's rules (except that it
 * need not cite the reading yet), each with its line, status and reasons; {@code $CATEGORY:} becomes a tag of the
 * questions after it; description items go to the set's description.
 */
public final class GiftImportPlanner {

    private final QuestionValidator validator = new QuestionValidator(false);

    public ImportPlan plan(byte[] file, String readingSlug) {
        return plan(new GiftReader().read(file), readingSlug);
    }

    public ImportPlan plan(GiftParse parse, String readingSlug) {
        if (parse.fileRejected()) {
            return ImportPlan.refused(ImportNote.of("gift.problem." + parse.problems().get(0).code()));
        }
        List<ImportLine> lines = new ArrayList<>();
        List<QuestionContent> questions = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        Slugger slugs = new Slugger();
        List<String> categoryTags = List.of();
        for (GiftProblem problem : parse.problems()) {
            lines.add(new ImportLine(problem.line(), problem.excerpt(), null, ImportLine.Status.REJECTED,
                    List.of(ImportNote.of("gift.problem." + problem.code(), String.valueOf(problem.line()),
                            problem.excerpt()))));
        }
        for (GiftQuestion q : parse.questions()) {
            if (q.type() == GiftType.CATEGORY) {
                categoryTags = categoryTag(q.category());
                continue;
            }
            String title = q.name() != null ? q.name() : shorten(q.questionText().text());
            if (q.type() == GiftType.DESCRIPTION) {
                descriptions.add(new MarkdownText().convert(q.questionText()));
                lines.add(new ImportLine(q.line(), title, null, ImportLine.Status.KEPT_IN_DESCRIPTION,
                        List.of(ImportNote.of("interop.warn.description"))));
                continue;
            }
            String slug = slugs.unique(q.idNumber(), q.name(), shorten(q.questionText().text()));
            GiftToSteppe.Mapped mapped = new GiftToSteppe().map(q, slug, categoryTags, readingSlug);
            lines.add(line(q.line(), title, mapped, questions));
        }
        lines.sort(Comparator.comparingInt(ImportLine::line));
        String description = descriptions.isEmpty() ? null : String.join("\n\n", descriptions);
        return new ImportPlan(questions, description, lines, null);
    }

    /** Shared by the Aiken planner: validate a mapped question and say what becomes of it. */
    ImportLine line(int line, String title, GiftToSteppe.Mapped mapped, List<QuestionContent> accepted) {
        if (mapped.content() == null) {
            return new ImportLine(line, title, null, ImportLine.Status.REJECTED, mapped.notes());
        }
        List<Violation> violations = validator.validate(mapped.content(), "");
        if (!violations.isEmpty()) {
            List<ImportNote> reasons = violations.stream().map(v -> new ImportNote(v.messageKey(), List.of(v.args())))
                    .toList();
            return new ImportLine(line, title, mapped.content().slug(), ImportLine.Status.REJECTED, reasons);
        }
        accepted.add(mapped.content());
        List<ImportNote> notes = new ArrayList<>(mapped.notes());
        if (mapped.content().citations().isEmpty()) {
            notes.add(ImportNote.of("interop.warn.notGrounded"));
        }
        ImportLine.Status status = mapped.notes().isEmpty() ? ImportLine.Status.IMPORTED
                : ImportLine.Status.IMPORTED_WITH_WARNINGS;
        return new ImportLine(line, title, mapped.content().slug(), status, notes);
    }

    /** {@code $course$/top/Unit 1: Topic} → the tag {@code Unit 1: Topic} (the last level; {@code //} is a slash). */
    static List<String> categoryTag(String path) {
        String[] levels = path.replace("//", "\u0000").split("/");
        String last = levels[levels.length - 1].replace('\u0000', '/').strip();
        if (last.isEmpty() || last.startsWith("$") || last.equals("top")) {
            return List.of();
        }
        return List.of(last.length() > 50 ? last.substring(0, 50).strip() : last);
    }

    static String shorten(String text) {
        String plain = text.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
        return plain.length() > 80 ? plain.substring(0, 80) + "…" : plain;
    }
}
