package app.steppe.questionbank.domain.interop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.aiken.AikenProblem;
import app.steppe.questionbank.domain.aiken.AikenQuestion;
import app.steppe.questionbank.domain.aiken.AikenReader;

/** An Aiken file as an import plan: each question a single choice, its texts shown exactly as written. */
public final class AikenImportPlanner {

    public ImportPlan plan(byte[] file) {
        AikenReader.Parse parse = new AikenReader().read(file);
        if (parse.fileRejected()) {
            return ImportPlan.refused(ImportNote.of("aiken.problem." + parse.problems().get(0).code()));
        }
        List<ImportLine> lines = new ArrayList<>();
        for (AikenProblem problem : parse.problems()) {
            lines.add(new ImportLine(problem.line(), problem.question(), null, ImportLine.Status.REJECTED,
                    List.of(ImportNote.of("aiken.problem." + problem.code(), String.valueOf(problem.line()),
                            problem.question()))));
        }
        List<QuestionContent> questions = new ArrayList<>();
        Slugger slugs = new Slugger();
        GiftImportPlanner planner = new GiftImportPlanner();
        for (AikenQuestion q : parse.questions()) {
            List<ChoiceOption> options = new ArrayList<>();
            for (int i = 0; i < q.choices().size(); i++) {
                options.add(new ChoiceOption(MarkdownText.escape(q.choices().get(i), false), i == q.correct(), null));
            }
            String slug = slugs.unique(GiftImportPlanner.shorten(q.text()));
            QuestionContent content = new QuestionContent(slug, MarkdownText.escape(q.text(), false),
                    QuestionContent.DEFAULT_POINTS, List.of(), null, List.of(), new SingleChoice(options, true));
            lines.add(planner.line(q.line(), q.text(), new GiftToSteppe.Mapped(content, List.of()), questions));
        }
        lines.sort(Comparator.comparingInt(ImportLine::line));
        return new ImportPlan(questions, null, lines, null);
    }
}
