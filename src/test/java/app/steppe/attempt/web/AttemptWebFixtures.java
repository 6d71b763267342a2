package app.steppe.attempt.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.Attempts.QuestionSlot;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;

/** Students, quizzes and attempts for the attempt pages' tests, in the words of the pages. */
final class AttemptWebFixtures {

    final AttemptFixtures quizzes;
    final AccountFixtures accounts;
    final Attempts attempts;
    final Clock clock;

    AttemptWebFixtures(QuizPublisher publisher, QuestionBankApi bank, UserAccountRepository users,
            PasswordEncoder encoder, Attempts attempts, Clock clock) {
        this.quizzes = new AttemptFixtures(publisher, bank);
        this.accounts = new AccountFixtures(users, encoder, clock);
        this.attempts = attempts;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    AuthenticatedUser aStudent() {
        return AccountFixtures.principal(accounts.aStudent("taker", "Дана Test"));
    }

    /** A 30-minute quiz open since an hour ago, {@code questions} questions (0: the whole set), one attempt. */
    long anOpenQuiz(int questions, Navigation navigation) {
        return quizzes.publish(AttemptFixtures.settings(now().minus(Duration.ofHours(1)), Optional.of(Duration.ofMinutes(30)),
                questions, navigation, ReviewTiming.IMMEDIATELY, 1));
    }

    UUID startedAttempt(long quiz, AuthenticatedUser student) {
        return attempts.start(quiz, student.id(), now()).attemptId().orElseThrow();
    }

    /** An attempt started 31 minutes ago at a 30-minute quiz: its deadline and grace have passed. */
    UUID anAttemptPastItsDeadline(AuthenticatedUser student) {
        long quiz = anOpenQuiz(3, Navigation.FREE);
        return attempts.start(quiz, student.id(), now().minus(Duration.ofMinutes(31))).attemptId().orElseThrow();
    }

    List<QuestionSlot> questionsOf(UUID attempt, AuthenticatedUser student) {
        return attempts.taking(attempt, student.id(), now()).questions();
    }

    /** Some answer for each kind of question, as form fields named as the page names them. */
    static Map<String, List<String>> anAnswerTo(QuestionSlot slot, String text) {
        String name = "q" + slot.versionId();
        var fields = new java.util.LinkedHashMap<String, List<String>>();
        AttemptFixtures.anAnswerTo(slot, text, "2022").fields()
                .forEach((key, values) -> fields.put(key.isEmpty() ? name : name + "[" + key + "]", values));
        return fields;
    }

    /** The autosave request of attempt.js: one question's fields and its sequence number. */
    static MockHttpServletRequestBuilder autosave(UUID attempt, AuthenticatedUser student, long versionId,
            Map<String, List<String>> fields, long seq) {
        var request = post("/attempts/{id}/answers/{v}", attempt, versionId).with(user(student)).with(csrf())
                .header("X-Requested-With", "XMLHttpRequest").accept("application/json")
                .param("seq", String.valueOf(seq));
        fields.forEach((k, v) -> request.param(k, v.toArray(String[]::new)));
        return request;
    }
}
