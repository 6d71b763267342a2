package app.steppe.questionbank.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.steppe.questionbank.domain.QuestionType;
import app.steppe.reading.ReadingApi;

/** One set with its questions in order, filtered by tag, type and a search (GET parameters, so links keep them). */
@Controller
class QuestionSetPageController {

    private final QuestionSetPages pages;
    private final ReadingApi readings;

    QuestionSetPageController(QuestionSetPages pages, ReadingApi readings) {
        this.pages = pages;
        this.readings = readings;
    }

    @GetMapping("/instructor/question-sets/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String type, @RequestParam(required = false) String search,
            Model model) {
        QuestionSetPage page = pages.page(id, new QuestionSetFilter(tag, type, search));
        model.addAttribute("page", page);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("reading", readings.currentBySlug(page.set().header().readingSlug()).orElse(null));
        return "questionbank/sets/show";
    }
}
