package app.steppe.reading.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.steppe.reading.domain.ReadingCatalog;
import app.steppe.reading.domain.ReadingPage;
import app.steppe.shared.web.NotFoundException;

/** The readings everybody logged in may read. */
@Controller
class ReadingPagesController {

    static final String SHOW = "reading/show";

    private final ReadingCatalog catalog;

    ReadingPagesController(ReadingCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/readings")
    String list(Model model) {
        model.addAttribute("readings", catalog.list());
        return "reading/list";
    }

    /** The current version, or an older one with {@code ?version=N} (what an old citation points at). */
    @GetMapping("/readings/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer version, Model model) {
        model.addAttribute("page", page(catalog, slug, version));
        if (!model.containsAttribute("versionForm")) {
            model.addAttribute("versionForm", NewVersionForm.empty());
        }
        return SHOW;
    }

    static ReadingPage page(ReadingCatalog catalog, String slug, Integer version) {
        return catalog.page(slug, version).orElseThrow(() -> new NotFoundException("reading " + slug));
    }
}
