package app.steppe.questionbank.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.SetDetail;
import app.steppe.questionbank.domain.QuestionSetExport;

/** What is done to a whole set: duplicate, delete (after a confirmation page), export as a question file. */
@Controller
@RequestMapping("/instructor/question-sets/{id}")
class QuestionSetActionsController {

    static final MediaType YAML = new MediaType("text", "yaml", StandardCharsets.UTF_8);

    private final QuestionBank bank;
    private final QuestionBankQueries queries;
    private final QuestionSetExport export;

    QuestionSetActionsController(QuestionBank bank, QuestionBankQueries queries, QuestionSetExport export) {
        this.bank = bank;
        this.queries = queries;
        this.export = export;
    }

    @PostMapping("/duplicate")
    String duplicate(@PathVariable long id, RedirectAttributes redirect) {
        String title = queries.set(id).header().title();
        long copy = bank.duplicateSet(id);
        redirect.addFlashAttribute("flashSuccess", "qpages.set.duplicated");
        redirect.addFlashAttribute("flashArgs", new Object[] {title});
        return "redirect:/instructor/question-sets/" + copy;
    }

    @GetMapping("/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("set", queries.set(id));
        return "questionbank/sets/delete";
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        SetDetail set = queries.set(id);
        bank.deleteSet(id);
        redirect.addFlashAttribute("flashSuccess", "qpages.set.deleted");
        redirect.addFlashAttribute("flashArgs", new Object[] {set.header().title()});
        return "redirect:/instructor/question-sets";
    }

    /** The set in the format of questions/, so that it can be put back in a file (export → import is the same set). */
    @GetMapping("/export")
    ResponseEntity<byte[]> exportYaml(@PathVariable long id) {
        String slug = queries.set(id).header().slug();
        byte[] yaml = export.yaml(id).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(slug + ".yaml", StandardCharsets.UTF_8).build()
                                .toString())
                .body(yaml);
    }
}
