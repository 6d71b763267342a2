package app.steppe.gradebook.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages by key, with their arguments if any, for the shared flash fragment. */
final class Flash {

    private Flash() {
    }

    static void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", key);
        arguments(redirect, args);
    }

    static void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashError", key);
        arguments(redirect, args);
    }

    private static void arguments(RedirectAttributes redirect, Object[] args) {
        if (args.length > 0) {
            redirect.addFlashAttribute("flashArgs", args);
        }
    }
}
