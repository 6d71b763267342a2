package app.steppe.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.account.domain.OwnPassword;
import app.steppe.account.domain.Violation;
import app.steppe.account.security.PasswordChangeSessions;
import app.steppe.shared.security.AuthenticatedUser;

/** Who I am, and changing my own password. */
@Controller
class ProfileController {

    private final OwnPassword ownPassword;
    private final ViolationErrors errors;
    private final PasswordChangeSessions sessions;

    ProfileController(OwnPassword ownPassword, ViolationErrors errors, PasswordChangeSessions sessions) {
        this.ownPassword = ownPassword;
        this.errors = errors;
        this.sessions = sessions;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        return "account/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(@AuthenticationPrincipal AuthenticatedUser user,
            @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult binding,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        List<Violation> violations = ownPassword.change(user.id(), form.currentPassword(), form.newPassword(),
                form.newPasswordConfirmation());
        if (!violations.isEmpty()) {
            errors.reject(binding, violations);
            return "account/profile";
        }
        sessions.ownPasswordChanged(request, response);
        redirect.addFlashAttribute("flashSuccess", "profile.passwordChanged");
        return "redirect:/profile";
    }
}
