package app.steppe.gradebook.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.HomeSection;

/** The grades card: the gradebook for instructors, "My grades" for students. */
@Component
class GradebookHomeSection implements HomeSection {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean appliesTo(AuthenticatedUser user) {
        return true;
    }

    @Override
    public String fragment() {
        return "gradebook/home :: grades";
    }

    @Override
    public Map<String, Object> model(AuthenticatedUser user) {
        return Map.of("instructor", user.isInstructor());
    }
}
