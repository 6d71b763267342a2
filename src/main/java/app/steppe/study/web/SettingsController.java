package app.steppe.study.web;

import java.math.BigDecimal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.study.domain.InvalidStudySettingsException;
import app.steppe.study.domain.StudySettings;
import app.steppe.study.domain.StudySettingsBook;

/** A student's own study settings; the range checks are the domain's, shown next to their fields. */
@Controller
@RequestMapping("/study/settings")
class SettingsController {

    private static final String PAGE = "study/settings";

    private final StudySettingsBook settings;

    SettingsController(StudySettingsBook settings) {
        this.settings = settings;
    }

    @GetMapping
    String form(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(settings.of(user.id())));
        return PAGE;
    }

    @PostMapping
    String change(@AuthenticationPrincipal AuthenticatedUser user,
            @ModelAttribute("settingsForm") SettingsForm form, BindingResult errors, RedirectAttributes redirect) {
        BigDecimal retention = decimal(form.desiredRetention());
        Integer limit = whole(form.dailyNewLimit());
        if (retention == null || outside(retention)) {
            errors.rejectValue("desiredRetention", "study.settings.error.retention");
        }
        if (limit == null || limit < 0 || limit > StudySettings.MAX_DAILY_NEW_LIMIT) {
            errors.rejectValue("dailyNewLimit", "study.settings.error.daily-new-limit");
        }
        if (!errors.hasErrors()) {
            try {
                settings.change(user.id(), new StudySettings(retention, limit));
            } catch (InvalidStudySettingsException e) {
                // e.g. 0.905: in range but with a third decimal
                errors.rejectValue(e.messageKey().endsWith("retention") ? "desiredRetention" : "dailyNewLimit",
                        e.messageKey());
            }
        }
        if (errors.hasErrors()) {
            return PAGE;
        }
        redirect.addFlashAttribute("flashSuccess", "study.settings.saved");
        // the flash fragment needs arguments, even none
        redirect.addFlashAttribute("flashArgs", new Object[0]);
        return "redirect:/study/settings";
    }

    private static boolean outside(BigDecimal retention) {
        return retention.compareTo(StudySettings.MIN_RETENTION) < 0 || retention.compareTo(StudySettings.MAX_RETENTION) > 0;
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
