package app.steppe.questionbank.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.SetSummary;
import app.steppe.questionbank.domain.QuestionImportReport;
import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingSummary;

/** The instructor's list of question sets, with what the last import of questions/ could not take. */
@Controller
class QuestionSetListController {

    private final QuestionBankQueries queries;
    private final ReadingApi readings;
    private final QuestionImportReport importReport;

    QuestionSetListController(QuestionBankQueries queries, ReadingApi readings, QuestionImportReport importReport) {
        this.queries = queries;
        this.readings = readings;
        this.importReport = importReport;
    }

    @GetMapping("/instructor/question-sets")
    String list(Model model) {
        List<SetSummary> sets = queries.sets();
        model.addAttribute("sets", sets);
        model.addAttribute("staleSets", sets.stream().filter(s -> s.staleCount() > 0).count());
        model.addAttribute("readingTitles", readingTitles(readings));
        model.addAttribute("failedFiles", byFile(importReport.problems()));
        model.addAttribute("detachedFiles", importReport.detachedFiles());
        return "questionbank/sets/list";
    }

    /** Reading slug → title, for showing a set's reading by name. */
    static Map<String, String> readingTitles(ReadingApi readings) {
        return readings.list().stream().collect(Collectors.toMap(ReadingSummary::slug, ReadingSummary::title,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The problems grouped by file, files in name order, problems in the order they were found. */
    static Map<String, List<FileProblem>> byFile(List<FileProblem> problems) {
        return problems.stream().collect(Collectors.groupingBy(FileProblem::file, TreeMap::new, Collectors.toList()));
    }
}
