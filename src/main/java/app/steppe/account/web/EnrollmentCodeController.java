package app.steppe.account.web;

import org.springframework.stereotype.Controller;
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

    @PostMapping("/instructor/enrollment-code")
    String regenerate(RedirectAttributes redirect) {
        enrollment.regenerateCode();
        redirect.addFlashAttribute("flashSuccess", "enrollment.regenerated");
        return "redirect:/";
    }
}
