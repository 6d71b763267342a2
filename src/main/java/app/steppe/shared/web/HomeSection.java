package app.steppe.shared.web;

import java.util.Map;

import app.steppe.shared.security.AuthenticatedUser;

/**
 * A module's part of the home page. The home page knows no module; each module contributes a
 * section (a Thymeleaf fragment and its model) for the roles it serves.
 */
public interface HomeSection {

    /** Lower comes first. */
    int order();

    boolean appliesTo(AuthenticatedUser user);

    /** Fragment expression, e.g. {@code reading/home :: section}. */
    String fragment();

    Map<String, Object> model(AuthenticatedUser user);
}
