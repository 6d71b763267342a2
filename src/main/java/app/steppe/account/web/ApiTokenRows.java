package app.steppe.account.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import app.steppe.account.domain.ApiToken;
import app.steppe.account.domain.ApiTokens;
import app.steppe.shared.security.AuthenticatedUser;

/** The profile page's list of the user's API tokens, for every handler that renders the profile page. */
@ControllerAdvice(assignableTypes = {ProfileController.class, ApiTokenController.class})
class ApiTokenRows {

    /** One token as the list shows it; {@code lastUsed} is empty when never used. The secret is never in it. */
    record Row(long id, String name, String created, String lastUsed, boolean revoked) {
    }

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApiTokens tokens;
    private final ZoneId zone;

    ApiTokenRows(ApiTokens tokens, @Value("${steppe.course.zone}") ZoneId zone) {
        this.tokens = tokens;
        this.zone = zone;
    }

    @ModelAttribute("apiTokens")
    List<Row> apiTokens(@AuthenticationPrincipal AuthenticatedUser user) {
        return user == null ? List.of() : of(user.id());
    }

    List<Row> of(long userId) {
        return tokens.of(userId).stream().map(this::row).toList();
    }

    /** The new-token form; made here from the request, since binding cannot change a record made before it. */
    @ModelAttribute("apiTokenForm")
    ApiTokenForm apiTokenForm(@RequestParam(name = "name", required = false) String name) {
        return new ApiTokenForm(name == null ? "" : name);
    }

    private Row row(ApiToken token) {
        return new Row(token.getId(), token.getName(), show(token.getCreatedAt()),
                token.getLastUsedAt() == null ? "" : show(token.getLastUsedAt()), token.isRevoked());
    }

    private String show(Instant instant) {
        return FORMAT.format(instant.atZone(zone));
    }
}
