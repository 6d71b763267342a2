package app.steppe.account.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, HttpServletRequest request, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        // Locked or not is all we tell: the same words whether the username exists or not.
        model.addAttribute("loginLocked", failure instanceof LockedException);
        return "account/login";
    }
}
