package app.steppe.study.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.HomeSection;
import app.steppe.study.domain.StudentDeck;
import app.steppe.study.domain.StudyQuestions;
import app.steppe.study.domain.StudyReviews;

/** The study card of a student's home page: how many cards are due today, and the way to the queue. */
@Component
class StudyHomeSection implements HomeSection {

    private final StudyReviews reviews;
    private final StudyQuestions questions;
    private final StudentDeck deck;
    private final Clock clock;

    StudyHomeSection(StudyReviews reviews, StudyQuestions questions, StudentDeck deck, Clock clock) {
        this.reviews = reviews;
        this.questions = questions;
        this.deck = deck;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public boolean appliesTo(AuthenticatedUser user) {
        return !user.isInstructor();
    }

    @Override
    public String fragment() {
        return "study/home :: study";
    }

    @Override
    public Map<String, Object> model(AuthenticatedUser user) {
        Instant now = clock.instant();
        deck.takeInMissedQuestions(user.id(), now);
        return Map.of("due", reviews.dueCount(user.id(), questions.pool(now).excluded(), now));
    }
}
