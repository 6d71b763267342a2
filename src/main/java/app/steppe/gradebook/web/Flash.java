package app.steppe.gradebook.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages by key; the shared flash fragment needs the arguments array even when there are none. */
final class Flash {

    private Flash() {
    }

    static void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", key);
        redirect.addFlashAttribute("flashArgs", args);
    }

    static void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashError", key);
        redirect.addFlashAttribute("flashArgs", args);
    }
}
