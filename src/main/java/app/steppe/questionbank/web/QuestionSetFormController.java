package app.steppe.questionbank.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.domain.Outcome;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.SetDetail;
import app.steppe.questionbank.domain.SetHeader;
import app.steppe.reading.ReadingApi;

/** "New set" and "Edit set": one form, errors next to their fields, nothing saved while any is left. */
@Controller
@RequestMapping("/instructor/question-sets")
class QuestionSetFormController {

    private static final String FORM = "questionbank/sets/form";

    private final QuestionBank bank;
    private final QuestionBankQueries queries;
    private final ReadingApi readings;

    QuestionSetFormController(QuestionBank bank, QuestionBankQueries queries, ReadingApi readings) {
        this.bank = bank;
        this.queries = queries;
        this.readings = readings;
    }

    /** {@code ?reading=slug} preselects the reading (the coverage page links here when a reading has no set). */
    @GetMapping("/new")
    String newSet(@RequestParam(required = false) String reading, Model model) {
        model.addAttribute("setForm", QuestionSetForm.empty(reading));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("setForm") QuestionSetForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        SetHeader header = form.header();
        if (refusedUnknownReading(header, binding)) {
            return form(model, null);
        }
        Outcome<Long> outcome = bank.createSet(header);
        if (!outcome.ok()) {
            QuestionSetViolations.reject(binding, outcome.violations());
            return form(model, null);
        }
        return saved(redirect, "qpages.set.created", header, outcome.value());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SetDetail set = queries.set(id);
        model.addAttribute("setForm", QuestionSetForm.of(set.header(), set.rowVersion()));
        return form(model, set);
    }

    @PostMapping("/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute("setForm") QuestionSetForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        SetDetail set = queries.set(id);
        SetHeader header = form.header();
        if (refusedUnknownReading(header, binding)) {
            return form(model, set);
        }
        Outcome<Long> outcome = bank.changeSet(id, header, form.rowVersion() == null ? -1 : form.rowVersion());
        if (!outcome.ok()) {
            QuestionSetViolations.reject(binding, outcome.violations());
            return form(model, set);
        }
        return saved(redirect, "qpages.set.changed", header, id);
    }

    /**
     * The domain checks that a reading slug is well formed, not that the reading exists; a set on a missing reading
     * could cite nothing. Such a form is refused here, with the header's other problems shown as well.
     */
    private boolean refusedUnknownReading(SetHeader header, BindingResult binding) {
        if (header.readingSlug().isEmpty() || readings.currentBySlug(header.readingSlug()).isPresent()) {
            return false;
        }
        binding.rejectValue("readingSlug", "qpages.set.reading.unknown", new Object[] {header.readingSlug()}, null);
        QuestionSetViolations.reject(binding, QuestionSetViolations.headerViolations(header));
        return true;
    }

    private String form(Model model, SetDetail editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("readings", readings.list());
        return FORM;
    }

    private static String saved(RedirectAttributes redirect, String key, SetHeader header, long id) {
        redirect.addFlashAttribute("flashSuccess", key);
        redirect.addFlashAttribute("flashArgs", new Object[] {header.title()});
        return "redirect:/instructor/question-sets/" + id;
    }
}
