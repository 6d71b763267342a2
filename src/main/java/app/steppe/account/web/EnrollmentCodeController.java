package app.steppe.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.account.domain.CourseEnrollment;

/** An instructor replaces the enrollment code, e.g. after it was shared outside the class. */
@Controller
class EnrollmentCodeController {

    private final CourseEnrollment enrollment;

    EnrollmentCodeController(CourseEnrollment enrollment) {
        this.enrollment = enrollment;
    }

    /** The confirm step: a new code locks out every student who has not registered yet with the old one. */
    @GetMapping("/instructor/enrollment-code/regenerate")
    String confirm(Model model) {
        model.addAttribute("code", enrollment.currentCode().value());
        return "account/regenerate-code";
    }

    @PostMapping("/instructor/enrollment-code")
    String regenerate(RedirectAttributes redirect) {
        enrollment.regenerateCode();
        redirect.addFlashAttribute("flashSuccess", "enrollment.regenerated");
        return "redirect:/";
    }
}
