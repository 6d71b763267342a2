package app.steppe.account.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.steppe.account.domain.ApiTokens;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.NotFoundException;

/**
 * Creating and revoking one's personal API tokens on the profile page. A new token is shown in the answer to the
 * POST itself, not after a redirect: a redirect would have to carry the secret in the session (a flash attribute,
 * stored in the session table), and the secret must not be stored anywhere. The answer is marked no-store.
 */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;
    private final ViolationErrors errors;
    private final ApiTokenRows rows;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, ViolationErrors errors, ApiTokenRows rows, Clock clock) {
        this.tokens = tokens;
        this.rows = rows;
        this.errors = errors;
        this.clock = clock;
    }

    @PostMapping("/profile/api-tokens")
    String create(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute("apiTokenForm") ApiTokenForm form,
            BindingResult binding, Model model, HttpServletResponse response) {
        var result = tokens.create(user.id(), form.name(), clock.instant());
        model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (result.issued().isEmpty()) {
            errors.reject(binding, result.violations());
            response.setStatus(422);
            return "account/profile";
        }
        model.addAttribute("newApiToken", result.issued().get());
        model.addAttribute("apiTokenForm", ApiTokenForm.empty());
        model.addAttribute("apiTokens", rows.of(user.id())); // read again: the list was read before the token existed
        return "account/profile";
    }

    @PostMapping("/profile/api-tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(user.id(), id, clock.instant())) {
            throw new NotFoundException("api token");
        }
        redirect.addFlashAttribute("flashSuccess", "apiToken.revoked");
        return "redirect:/profile";
    }
}
