package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.support.SteppeWebTest;

/**
 * Saving an answer and submitting run the same number of SQL statements for a 3-question and a 40-question attempt:
 * no statement per question (Hibernate's statistics count what reaches the database; the rows of marks written at
 * submit go in one JDBC batch).
 */
@SteppeWebTest
class AttemptSqlStatementsTest {

    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired EntityManagerFactory entityManagerFactory;

    private Statistics statistics;
    private AttemptFixtures quizzes;
    private AccountFixtures accounts;

    @BeforeEach
    void fixtures() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        quizzes = new AttemptFixtures(publisher, bank);
        accounts = new AccountFixtures(users, encoder, clock);
    }

    /** Statements per request, measured on an attempt of {@code questions} questions with every question answered. */
    private record Counts(long save, long submit) {
    }

    private Counts measure(int questions) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long quiz = quizzes.aTimedQuiz(now.minus(Duration.ofHours(1)), questions);
        long student = accounts.aStudent("counted", "Counted Student").getId();
        UUID id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var slots = attempts.taking(id, student, now).questions();
        assertThat(slots).hasSize(questions);
        long seq = 1;
        for (var slot : slots.subList(0, slots.size() - 1)) {
            attempts.save(id, student, slot.versionId(), AttemptFixtures.anAnswerTo(slot, "Almaty"), seq++, now);
        }
        var last = slots.get(slots.size() - 1);
        long save = statementsOf(() -> attempts.save(id, student, last.versionId(),
                AttemptFixtures.anAnswerTo(last, "Almaty"), 1000, now.plusSeconds(1)));
        long submit = statementsOf(() -> assertThat(attempts.submit(id, student, now.plusSeconds(2)))
                .isEqualTo(SubmitResult.SUBMITTED));
        return new Counts(save, submit);
    }

    private long statementsOf(Runnable request) {
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void savingAnAnswerAndSubmittingRunAsManyStatementsForFortyQuestionsAsForThree() {
        statistics.setStatisticsEnabled(true);
        var small = measure(3);
        var large = measure(40);

        assertThat(large).isEqualTo(small);
        // lock the attempt, read its questions, update the answer, log it
        assertThat(small.save()).isEqualTo(4);
        // lock, questions, the asked versions with their citations, the header, the marks (one batch); the equivalent
        // spellings are one more plain JDBC query that Hibernate does not count
        assertThat(small.submit()).isEqualTo(5);
    }

    @Test
    void theMeasureSeesEveryStatement() {
        statistics.setStatisticsEnabled(true);
        var now = clock.instant();
        long quiz = quizzes.aTimedQuiz(now.minus(Duration.ofHours(1)), 2);
        long student = accounts.aStudent("counted", "Counted Student").getId();
        // a start inserts the attempt and one row per question: the count must grow with them, or it counts nothing
        long two = statementsOf(() -> attempts.start(quiz, student, now));
        assertThat(two).isGreaterThanOrEqualTo(4);
    }
}
