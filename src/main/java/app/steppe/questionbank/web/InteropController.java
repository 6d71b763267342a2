package app.steppe.questionbank.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionSetImport;
import app.steppe.questionbank.domain.QuestionSetInteropExport;
import app.steppe.reading.ReadingApi;

/**
 * GIFT, Aiken and QTI 2.1: importing a file (a zip for QTI) as a new set (the report per question comes back with
 * the set, or beside the form when nothing was imported) and downloading a set in each format.
 */
@Controller
@RequestMapping("/instructor/question-sets")
class InteropController {

    private static final String FORM = "questionbank/interop/import";
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final MediaType ZIP = new MediaType("application", "zip");

    private final QuestionSetImport imports;
    private final QuestionSetInteropExport export;
    private final QuestionBankQueries queries;
    private final ReadingApi readings;
    private final MessageSource messages;

    InteropController(QuestionSetImport imports, QuestionSetInteropExport export, QuestionBankQueries queries,
            ReadingApi readings, MessageSource messages) {
        this.imports = imports;
        this.export = export;
        this.queries = queries;
        this.readings = readings;
        this.messages = messages;
    }

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("importForm", InteropImportForm.empty());
        return form(model, null);
    }

    @PostMapping("/import")
    String importFile(@ModelAttribute("importForm") InteropImportForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (!form.hasFile()) {
            binding.rejectValue("file", "interop.form.file.missing");
        }
        if (!form.header().readingSlug().isEmpty() && readings.currentBySlug(form.header().readingSlug()).isEmpty()) {
            binding.rejectValue("readingSlug", "qpages.set.reading.unknown", new Object[] {form.readingSlug()}, null);
        }
        if (binding.hasErrors()) {
            return refused(model, response, null);
        }
        QuestionSetImport.Result result = imports.importFile(form.fileFormat(), form.file().getBytes(), form.header());
        if (result.plan().fileProblem() != null) {
            binding.rejectValue("file", result.plan().fileProblem().key(), result.plan().fileProblem().argArray(), null);
            return refused(model, response, null);
        }
        for (var violation : result.headerViolations()) {
            String field = QuestionSetViolations.field(violation.path());
            if ("slug".equals(field) || "title".equals(field) || "readingSlug".equals(field)) {
                binding.rejectValue(field, violation.messageKey(), violation.args(), null);
            } else {
                binding.reject(violation.messageKey(), violation.args(), null); // the description the file adds, say
            }
        }
        InteropReport report = InteropReport.of(result.plan(), result.setId() != null, messages, locale);
        if (result.setId() == null) {
            if (!binding.hasErrors()) {
                binding.rejectValue("file", report.questions() == 0 && !report.hasRejected()
                        ? "interop.form.file.noQuestions" : "interop.form.file.rejected",
                        new Object[] {report.rejected()}, null);
            }
            return refused(model, response, report);
        }
        redirect.addFlashAttribute("importReport", report);
        redirect.addFlashAttribute("flashSuccess", "interop.imported");
        redirect.addFlashAttribute("flashArgs", new Object[] {report.questions(), form.header().title()});
        return "redirect:/instructor/question-sets/" + result.setId();
    }

    @GetMapping("/{id}/export.gift")
    ResponseEntity<byte[]> gift(@PathVariable long id) {
        return download(id, export.gift(id), ".gift.txt");
    }

    @GetMapping("/{id}/export.aiken")
    ResponseEntity<byte[]> aiken(@PathVariable long id) {
        return download(id, export.aiken(id), ".aiken.txt");
    }

    /** What the QTI package holds and what it leaves out, with the download link: a zip cannot carry a flash message. */
    @GetMapping("/{id}/export/qti")
    String qtiReport(@PathVariable long id, Model model) {
        model.addAttribute("set", queries.set(id).header());
        model.addAttribute("setId", id);
        model.addAttribute("export", export.qti(id));
        return "questionbank/interop/qti-export";
    }

    @GetMapping("/{id}/export.qti.zip")
    ResponseEntity<byte[]> qti(@PathVariable long id) {
        String slug = queries.set(id).header().slug();
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(slug + ".qti.zip", StandardCharsets.UTF_8).build().toString())
                .body(export.qti(id).zip());
    }

    private ResponseEntity<byte[]> download(long id, String text, String extension) {
        String slug = queries.set(id).header().slug();
        return ResponseEntity.ok().contentType(TEXT)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(slug + extension, StandardCharsets.UTF_8).build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The form again with its errors: bad input is answered 422, with the report of every question when there is one. */
    private String refused(Model model, HttpServletResponse response, InteropReport report) {
        response.setStatus(422);
        return form(model, report);
    }

    private String form(Model model, InteropReport report) {
        model.addAttribute("readings", readings.list());
        model.addAttribute("report", report);
        return FORM;
    }
}
