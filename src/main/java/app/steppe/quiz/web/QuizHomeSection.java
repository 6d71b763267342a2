package app.steppe.quiz.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.steppe.quiz.domain.QuizCatalog;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.HomeSection;

/** The quizzes card: for instructors every quiz with its state, for students the quizzes with their dates. */
@Component
class QuizHomeSection implements HomeSection {

    /** A row of the card. */
    record Row(long id, String title, String opens, String closes, String state) {
    }

    private final QuizCatalog catalog;
    private final CourseTime time;
    private final Clock clock;

    QuizHomeSection(QuizCatalog catalog, CourseTime time, Clock clock) {
        this.catalog = catalog;
        this.time = time;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean appliesTo(AuthenticatedUser user) {
        return true;
    }

    @Override
    public String fragment() {
        return "quiz/home :: quizzes";
    }

    @Override
    public Map<String, Object> model(AuthenticatedUser user) {
        Instant now = clock.instant();
        return Map.of("instructor", user.isInstructor(), "quizzes", catalog.all().stream()
                .map(q -> new Row(q.id(), q.title(), time.show(q.window().open()), time.show(q.window().close()),
                        QuizController.state(q, now)))
                .toList());
    }
}
