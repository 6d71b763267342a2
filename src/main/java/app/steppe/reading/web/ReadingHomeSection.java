package app.steppe.reading.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.steppe.reading.ReadingApi;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.HomeSection;

/** The readings on the home page, for students and instructors alike; instructors also get "Add a reading". */
@Component
class ReadingHomeSection implements HomeSection {

    private final ReadingApi readings;

    ReadingHomeSection(ReadingApi readings) {
        this.readings = readings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(AuthenticatedUser user) {
        return true;
    }

    @Override
    public String fragment() {
        return "reading/home :: section";
    }

    @Override
    public Map<String, Object> model(AuthenticatedUser user) {
        return Map.of("readings", readings.list(), "canAdd", user != null && user.isInstructor());
    }
}
