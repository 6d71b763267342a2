package app.steppe.reading.web;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.reading.ReadingVersionAdded;
import app.steppe.reading.domain.DuplicateContentException;
import app.steppe.reading.domain.ReadingCatalog;
import app.steppe.reading.domain.ReadingLibrary;
import app.steppe.reading.domain.UnknownReadingException;
import app.steppe.shared.web.NotFoundException;

/** Adding readings and versions (instructors only, by URL prefix). Every successful POST redirects. */
@Controller
@RequestMapping("/instructor/readings")
class InstructorReadingsController {

    private static final String NEW = "reading/new";

    private final ReadingLibrary library;
    private final ReadingCatalog catalog;
    private final SubmittedReading submitted;

    InstructorReadingsController(ReadingLibrary library, ReadingCatalog catalog, SubmittedReading submitted) {
        this.library = library;
        this.catalog = catalog;
        this.submitted = submitted;
    }

    @GetMapping("/new")
    String newReading(Model model) {
        model.addAttribute("readingForm", NewReadingForm.empty());
        return NEW;
    }

    @PostMapping("/new")
    String addReading(@Validated @ModelAttribute("readingForm") NewReadingForm form, BindingResult errors,
            RedirectAttributes redirect) {
        var checked = submitted.newReading(form, errors);
        if (checked.isEmpty()) {
            return NEW;
        }
        try {
            ReadingVersionAdded added = library.addReading(checked.get().content());
            flash(redirect, "flashSuccess", "reading.added", checked.get().content().title());
            return "redirect:/readings/" + added.slug();
        } catch (DataIntegrityViolationException e) {
            // another instructor took the same slug in the same instant
            errors.reject("reading.saveConflict");
            return NEW;
        }
    }

    @PostMapping("/{slug}/versions")
    String addVersion(@PathVariable String slug, @ModelAttribute("versionForm") NewVersionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var current = ReadingPagesController.page(catalog, slug, null);
        var checked = submitted.newVersion(form, current, errors);
        if (checked.isPresent()) {
            try {
                ReadingVersionAdded added = library.addVersion(slug, checked.get().content());
                flash(redirect, "flashSuccess", "reading.version.added", added.version());
                return "redirect:/readings/" + slug;
            } catch (DuplicateContentException e) {
                errors.rejectValue(checked.get().field(), "reading.version.unchanged",
                        new Object[] {e.existingVersion()}, null);
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                errors.reject("reading.saveConflict");
            } catch (UnknownReadingException e) {
                throw new NotFoundException("reading " + slug);
            }
        }
        model.addAttribute("page", current);
        model.addAttribute("versionFormOpen", true);
        return ReadingPagesController.SHOW;
    }

    private static void flash(RedirectAttributes redirect, String kind, String key, Object argument) {
        redirect.addFlashAttribute(kind, key);
        redirect.addFlashAttribute("flashArgs", new Object[] {argument});
    }
}
