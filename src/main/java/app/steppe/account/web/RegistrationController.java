package app.steppe.account.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import app.steppe.account.domain.Registration;
import app.steppe.account.domain.Violation;

/** A student registers with the course's enrollment code, then logs in. */
@Controller
class RegistrationController {

    private final Registration registration;
    private final ViolationErrors errors;

    RegistrationController(Registration registration, ViolationErrors errors) {
        this.registration = registration;
        this.errors = errors;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("registrationForm", RegistrationForm.empty());
        return "account/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("registrationForm") RegistrationForm form, BindingResult binding) {
        List<Violation> violations = registration.register(form.toCommand());
        if (!violations.isEmpty()) {
            errors.reject(binding, violations);
            return "account/register";
        }
        return "redirect:/login?registered";
    }
}
