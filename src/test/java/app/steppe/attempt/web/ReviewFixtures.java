package app.steppe.attempt.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import app.steppe.account.AccountFixtures;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.shared.security.AuthenticatedUser;

/** Quizzes, students and attempts for the review page tests, in the words of the tests. */
final class ReviewFixtures {

    private final AttemptFixtures quizzes;
    private final AccountFixtures accounts;
    private final Attempts attempts;

    ReviewFixtures(AttemptFixtures quizzes, AccountFixtures accounts, Attempts attempts) {
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.attempts = attempts;
    }

    AuthenticatedUser aStudent(String name) {
        return AccountFixtures.principal(accounts.aStudent("reviewer", name));
    }

    /** A 30-minute quiz on every question of the shipped set, open for a day from {@code opens}. */
    long aQuizOnTheWholeSet(Instant opens, ReviewTiming review) {
        return quizzes.publish(AttemptFixtures.settings(opens, Optional.of(Duration.ofMinutes(30)), 0, Navigation.FREE,
                review, 2));
    }

    long aQuizOfThreeQuestions(Instant opens, ReviewTiming review) {
        return quizzes.publish(AttemptFixtures.settings(opens, Optional.of(Duration.ofMinutes(30)), 3, Navigation.FREE,
                review, 2));
    }

    UUID started(long quiz, AuthenticatedUser student, Instant at) {
        return attempts.start(quiz, student.id(), at.truncatedTo(ChronoUnit.MILLIS)).attemptId().orElseThrow();
    }

    /** Started at {@code at}, every question answered a minute later, submitted two minutes after the start. */
    UUID submitted(long quiz, AuthenticatedUser student, Instant at) {
        var start = at.truncatedTo(ChronoUnit.MILLIS);
        var id = started(quiz, student, start);
        long sequence = 1;
        for (var slot : attempts.taking(id, student.id(), start).questions()) {
            attempts.save(id, student.id(), slot.versionId(), AttemptFixtures.anAnswerTo(slot, "Tokayev", "2030"), sequence++, start.plusSeconds(60));
        }
        attempts.submit(id, student.id(), start.plusSeconds(120));
        return id;
    }

}
