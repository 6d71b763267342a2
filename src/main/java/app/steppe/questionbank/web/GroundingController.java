package app.steppe.questionbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.PassageSuggestions;
import app.steppe.questionbank.domain.PassageSuggestions.Suggestion;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionDetail;
import app.steppe.questionbank.domain.QuestionBankQueries.SetDetail;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Grounding an imported set in one pass: every question without a citation, with the passages the reading proposes
 * for it (see {@link PassageSuggestions}); the instructor picks one per question or leaves it for later, and all the
 * picks are saved together or, if one is refused, none (the page comes back with the reason beside that question).
 * Form fields: {@code cite-<questionId>} = {@code paragraph:start:end} or empty, {@code version-<questionId>}.
 */
@Controller
@RequestMapping("/instructor/question-sets/{setId}/grounding")
class GroundingController {

    private static final String VIEW = "questionbank/sets/grounding";

    private final QuestionBankQueries queries;
    private final QuestionBank bank;
    private final PassageSuggestions suggestions;
    private final MessageSource messages;

    GroundingController(QuestionBankQueries queries, QuestionBank bank, PassageSuggestions suggestions,
            MessageSource messages) {
        this.queries = queries;
        this.bank = bank;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    /** One question to ground: its proposals, the one chosen ("" for later) and why it was refused, if it was. */
    public record Row(QuestionDetail question, String promptHtml, List<Suggestion> proposals, String chosen,
            List<String> errors) {
    }

    @GetMapping
    String page(@PathVariable long setId, Model model) {
        return page(queries.set(setId), queries.ungrounded(setId), Map.of(), Map.of(), model);
    }

    @PostMapping
    String cite(@PathVariable long setId, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        SetDetail set = queries.set(setId);
        String reading = set.header().readingSlug();
        List<QuestionDetail> ungrounded = queries.ungrounded(setId);
        Map<Long, String> chosen = new LinkedHashMap<>();
        Map<Long, List<String>> errors = new LinkedHashMap<>();
        List<QuestionBank.Citing> citing = new ArrayList<>();
        for (QuestionDetail question : ungrounded) {
            String value = Optional.ofNullable(form.getFirst("cite-" + question.id())).orElse("").strip();
            if (value.isEmpty()) {
                continue;
            }
            chosen.put(question.id(), value);
            Optional<String> passage = suggestions.passage(reading, value);
            if (passage.isEmpty()) {
                errors.put(question.id(), List.of(messages.getMessage("grounding.passageGone", null, locale)));
                continue;
            }
            citing.add(new QuestionBank.Citing(question.id(), version(form, question), new Citation(reading,
                    passage.get())));
        }
        if (errors.isEmpty() && !citing.isEmpty()) {
            bank.cite(setId, citing).forEach((id, violations) -> errors.put(id, violations.stream()
                    .map(v -> text(v, locale)).toList()));
        }
        if (errors.isEmpty() && !citing.isEmpty()) {
            redirect.addFlashAttribute("flashSuccess", "grounding.done");
            redirect.addFlashAttribute("flashArgs", new Object[] {citing.size()});
            return "redirect:/instructor/question-sets/" + setId;
        }
        response.setStatus(422);
        model.addAttribute("nothingChosen", citing.isEmpty() && errors.isEmpty());
        // nothing was saved (all or nothing), so the questions read above are still the ones to show
        return page(set, ungrounded, chosen, errors, model);
    }

    private String page(SetDetail set, List<QuestionDetail> ungrounded, Map<Long, String> chosen,
            Map<Long, List<String>> errors, Model model) {
        List<Row> rows = ungrounded.stream().map(q -> new Row(q,
                StudentQuestionViews.of(q.content(), 0, null).promptHtml(),
                suggestions.suggest(q.content(), set.header().readingSlug()),
                chosen.getOrDefault(q.id(), ""), errors.getOrDefault(q.id(), List.of()))).toList();
        model.addAttribute("set", set);
        model.addAttribute("rows", rows);
        return VIEW;
    }

    /** The version the page showed; a missing or mangled one cannot match, so the save is refused as stale. */
    private static int version(MultiValueMap<String, String> form, QuestionDetail question) {
        try {
            return Integer.parseInt(Optional.ofNullable(form.getFirst("version-" + question.id())).orElse("").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String text(Violation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale);
    }
}
