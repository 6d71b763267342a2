package app.steppe.questionbank.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionDetail;
import app.steppe.questionbank.domain.QuestionBankQueries.SetDetail;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.reading.ReadingApi;

/**
 * Adding and editing a question (instructors only, by URL prefix). One form serves every type; the row buttons
 * re-render it without saving; a save that breaks a rule re-renders it with each message next to its field and
 * nothing saved; a save that succeeds redirects to the set. (The handlers take the binding result of the posted
 * form only so that a mangled hidden field is not a 400: the editor reads every field as text itself.)
 */
@Controller
class QuestionEditorController {

    static final String FORM = "questionbank/editor/form";
    static final String CHOOSER = "questionbank/editor/choose-type";
    private static final String FORM_NAME = "questionForm";

    private final QuestionBank bank;
    private final QuestionBankQueries queries;
    private final ReadingApi readings;
    private final QuestionEditorSaving saving;
    private final QuestionEditorSuggestions suggestions;

    QuestionEditorController(QuestionBank bank, QuestionBankQueries queries, ReadingApi readings,
            QuestionEditorSaving saving, QuestionEditorSuggestions suggestions) {
        this.bank = bank;
        this.queries = queries;
        this.readings = readings;
        this.saving = saving;
        this.suggestions = suggestions;
    }

    /** Where the form posts to and what it says about the question and its set. */
    public record Page(boolean adding, long setId, String setTitle, String setReading, String actionUrl,
            Long questionId, int versionNo, boolean used, QuestionType type) {
    }

    @GetMapping("/instructor/question-sets/{setId}/questions/new")
    String newQuestion(@PathVariable long setId, @RequestParam(required = false) String type,
            @RequestParam(required = false) String quote, @RequestParam(required = false) String reading,
            Model model) {
        SetDetail set = queries.set(setId);
        Optional<QuestionType> chosen = QuestionType.fromYamlName(type == null ? "" : type);
        if (chosen.isEmpty()) {
            return chooser(set, quote, reading, model);
        }
        return form(adding(set, chosen.get()), QuestionFormMapper.blank(chosen.get(), reading, quote), model);
    }

    @PostMapping("/instructor/question-sets/{setId}/questions/new")
    String addQuestion(@PathVariable long setId, @ModelAttribute(FORM_NAME) QuestionForm form, BindingResult binding,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        SetDetail set = queries.set(setId);
        Optional<QuestionType> type = QuestionType.fromYamlName(form.type());
        if (type.isEmpty()) {
            return chooser(set, null, null, model);
        }
        Page page = adding(set, type.get());
        Optional<QuestionForm> changed = changed(page, form, action);
        if (changed.isPresent()) {
            return form(page, changed.get(), action, model);
        }
        QuestionFormMapper.Mapped mapped = QuestionFormMapper.toContent(form, set.header().readingSlug());
        List<Violation> violations = saving.save(mapped, content -> bank.addQuestion(setId, content));
        if (violations.isEmpty()) {
            flash(redirect, "questionEditor.added", mapped.content().slug());
            return "redirect:/instructor/question-sets/" + setId;
        }
        return refused(page, form, violations, set.header().readingSlug(), model);
    }

    @GetMapping("/instructor/questions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        QuestionDetail question = queries.question(id);
        return form(editing(question), QuestionFormMapper.toForm(question.content(), question.versionNo()), model);
    }

    @PostMapping("/instructor/questions/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute(FORM_NAME) QuestionForm form, BindingResult binding,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        QuestionDetail question = queries.question(id);
        if (QuestionType.fromYamlName(form.type()).isEmpty()) {
            // the type is not edited: a form that lost it keeps the stored question's
            return form(editing(question), QuestionFormMapper.toForm(question.content(), form.expectedVersionNo()),
                    model);
        }
        Page page = editing(question);
        Optional<QuestionForm> changed = changed(page, form, action);
        if (changed.isPresent()) {
            return form(page, changed.get(), action, model);
        }
        QuestionFormMapper.Mapped mapped = QuestionFormMapper.toContent(form, question.readingSlug());
        int expected = form.expectedVersionNo() == null ? -1 : form.expectedVersionNo();
        List<Violation> violations = saving.save(mapped, content -> bank.changeQuestion(id, content, expected));
        if (violations.isEmpty()) {
            flash(redirect, "questionEditor.saved", mapped.content().slug());
            return "redirect:/instructor/question-sets/" + question.setId();
        }
        model.addAttribute("stale", violations.stream().anyMatch(v -> "question.stale".equals(v.messageKey())));
        return refused(page, form, violations, question.readingSlug(), model);
    }

    /** The form after a row button or a proposed passage, or empty when the author saves. */
    private Optional<QuestionForm> changed(Page page, QuestionForm form, String action) {
        if (QuestionEditorSuggestions.SUGGEST.equals(action)) {
            return Optional.of(form);
        }
        return suggestions.use(form, action, page.setReading()).or(() -> QuestionFormRows.apply(form, action));
    }

    private String refused(Page page, QuestionForm form, List<Violation> violations, String defaultReading,
            Model model) {
        String view = form(page, form, null, model);
        BindingResult errors = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME);
        QuestionFormErrors.reject(violations, errors);
        model.addAttribute("fieldErrorCount", errors.getFieldErrorCount());
        model.addAttribute("citationHints", QuestionFormErrors.citationHints(violations, form, defaultReading));
        return view;
    }

    /**
     * Shows this form, with a binding result of its own: the one from binding the request describes the form as
     * posted, which a row action has changed since (and a constructor-bound record may not even be its target).
     */
    private String form(Page page, QuestionForm form, Model model) {
        return form(page, form, null, model);
    }

    private String form(Page page, QuestionForm form, String action, Model model) {
        model.addAttribute(FORM_NAME, form);
        model.addAttribute("suggestions", suggestions.forForm(form, page.setReading(), action));
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, new BeanPropertyBindingResult(form, FORM_NAME));
        model.addAttribute("page", page);
        model.addAttribute("readings", readings.list());
        return FORM;
    }

    private String chooser(SetDetail set, String quote, String reading, Model model) {
        model.addAttribute("set", set);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("quote", quote);
        model.addAttribute("reading", reading);
        return CHOOSER;
    }

    private static Page adding(SetDetail set, QuestionType type) {
        return new Page(true, set.id(), set.header().title(), set.header().readingSlug(),
                "/instructor/question-sets/" + set.id() + "/questions/new", null, 0, false, type);
    }

    private static Page editing(QuestionDetail question) {
        return new Page(false, question.setId(), question.setTitle(), question.readingSlug(),
                "/instructor/questions/" + question.id() + "/edit", question.id(), question.versionNo(),
                question.used(), question.content().type());
    }

    private static void flash(RedirectAttributes redirect, String key, String slug) {
        redirect.addFlashAttribute("flashSuccess", key);
        redirect.addFlashAttribute("flashArgs", new Object[] {slug});
    }
}
