package app.steppe.questionbank.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.SetSummary;
import app.steppe.questionbank.domain.validation.QuestionLimits;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;
import app.steppe.shared.web.NotFoundException;

/**
 * Which paragraphs of a reading the question bank tests, and a way to start a question on one that it does not.
 * {@code ?set=id} chooses the set for the plain (script-free) "cite this paragraph" links.
 */
@Controller
class CoverageController {

    private final ReadingApi readings;
    private final QuestionBankQueries queries;

    CoverageController(ReadingApi readings, QuestionBankQueries queries) {
        this.readings = readings;
        this.queries = queries;
    }

    @GetMapping("/instructor/readings/{slug}/coverage")
    String coverage(@PathVariable String slug, @RequestParam(name = "set", required = false) Long setId,
            Model model) {
        ReadingText reading = readings.currentBySlug(slug).orElseThrow(() -> new NotFoundException("reading " + slug));
        Map<Integer, Long> counts = queries.coverage(reading.versionId());
        List<Coverage.CoveredParagraph> paragraphs = reading.paragraphs().stream()
                .map(p -> new Coverage.CoveredParagraph(p.number(), p.anchor(), p.text(),
                        counts.getOrDefault(p.number(), 0L)))
                .toList();
        List<SetSummary> sets = queries.sets().stream().filter(s -> s.readingSlug().equals(slug)).toList();
        SetSummary chosen = sets.stream().filter(s -> setId != null && s.id() == setId).findFirst()
                .orElse(sets.isEmpty() ? null : sets.get(0));
        model.addAttribute("coverage", new Coverage(reading, paragraphs, sets, chosen));
        model.addAttribute("maxQuote", QuestionLimits.MAX_QUOTE_LENGTH);
        return "questionbank/coverage";
    }
}
