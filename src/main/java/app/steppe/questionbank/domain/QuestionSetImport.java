package app.steppe.questionbank.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.domain.interop.AikenImportPlanner;
import app.steppe.questionbank.domain.interop.GiftImportPlanner;
import app.steppe.questionbank.domain.interop.ImportLine;
import app.steppe.questionbank.domain.interop.ImportNote;
import app.steppe.questionbank.domain.interop.ImportPlan;
import app.steppe.questionbank.domain.interop.QtiImportPlanner;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Imports an uploaded GIFT or Aiken file or QTI 2.1 package as a new set, all or nothing: one transaction, and nothing at all when a
 * question is rejected. Imported questions have no citation ("not yet grounded") unless the file carried Steppe's
 * citation notes and the quote is found in the reading; a quote that is not found is dropped with a warning.
 */
@Service
public class QuestionSetImport {

    public enum Format { GIFT, AIKEN, QTI }

    /** {@code setId} is null when nothing was imported: then {@code headerViolations} or the plan say why. */
    public record Result(Long setId, ImportPlan plan, List<Violation> headerViolations) {
    }

    private final QuestionBank bank;
    private final QuestionRepository questions;
    private final QuestionSetRepository sets;
    private final Grounding grounding;

    QuestionSetImport(QuestionBank bank, QuestionRepository questions, QuestionSetRepository sets, Grounding grounding) {
        this.bank = bank;
        this.questions = questions;
        this.sets = sets;
        this.grounding = grounding;
    }

    @Transactional
    public Result importFile(Format format, byte[] file, SetHeader header) {
        ImportPlan plan = plan(format, file, header.readingSlug());
        if (!plan.importable()) {
            return new Result(null, plan, List.of());
        }
        String description = join(header.description(), plan.description());
        Outcome<Long> created = bank.createSet(new SetHeader(header.slug(), header.title(), description,
                header.readingSlug(), header.tags()));
        if (!created.ok()) {
            return new Result(null, plan, created.violations());
        }
        Grounding.Check check = grounding.check();
        Map<String, List<ImportNote>> extra = new HashMap<>();
        QuestionSet set = sets.findById(created.value()).orElseThrow();
        for (int i = 0; i < plan.questions().size(); i++) {
            QuestionContent content = plan.questions().get(i);
            Grounding.Result grounded = check.ground(content, "");
            if (!grounded.violations().isEmpty()) {
                // a quote that is not in the reading cannot ground the question: it is dropped, and the report says so
                extra.put(content.slug(), List.of(ImportNote.of("interop.warn.citationDropped")));
                content = new QuestionContent(content.slug(), content.prompt(), content.points(), content.tags(),
                        content.explanation(), List.of(), content.answer());
                grounded = check.ground(content, "");
            }
            Question question = questions.save(new Question(set.getId(), content.slug(), i + 1));
            bank.storeVersion(question, 1, content, header.readingSlug(), grounded.citations());
        }
        return new Result(set.getId(), withNotes(plan, extra), List.of());
    }

    private static ImportPlan plan(Format format, byte[] file, String readingSlug) {
        switch (format) {
            case GIFT:
                return new GiftImportPlanner().plan(file, readingSlug);
            case AIKEN:
                return new AikenImportPlanner().plan(file);
            default:
                return new QtiImportPlanner().plan(file);
        }
    }

    private static ImportPlan withNotes(ImportPlan plan, Map<String, List<ImportNote>> extra) {
        if (extra.isEmpty()) {
            return plan;
        }
        List<ImportLine> lines = plan.lines().stream().map(line -> {
            List<ImportNote> added = line.slug() == null ? null : extra.get(line.slug());
            if (added == null) {
                return line;
            }
            List<ImportNote> notes = new ArrayList<>(added);
            notes.addAll(line.notes());
            return new ImportLine(line.line(), line.title(), line.slug(), ImportLine.Status.IMPORTED_WITH_WARNINGS, notes);
        }).toList();
        return new ImportPlan(plan.questions(), plan.description(), lines, null);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null ? first : first + "\n\n" + second;
    }
}
