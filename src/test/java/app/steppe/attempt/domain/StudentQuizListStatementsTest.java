package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.support.SteppeWebTest;

/** A student's quiz list costs the same few statements however many quizzes the course has: no query per quiz. */
@SteppeWebTest
class StudentQuizListStatementsTest {

    @Autowired StudentQuizzes studentQuizzes;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void threeMoreQuizzesAddNoStatementsToAStudentsQuizList() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        var fixtures = new AttemptFixtures(publisher, bank);
        long student = new AccountFixtures(users, encoder, clock).aStudent("lister", "Lister").getId();
        fixtures.aTimedQuiz(clock.instant().minus(Duration.ofHours(1)), 2);

        statistics.clear();
        int before = studentQuizzes.of(student, clock.instant()).size();
        long statementsBefore = statistics.getPrepareStatementCount();
        for (int i = 0; i < 3; i++) {
            fixtures.aTimedQuiz(clock.instant().minus(Duration.ofHours(1)), 2);
        }
        statistics.clear();
        int after = studentQuizzes.of(student, clock.instant()).size();
        long statementsAfter = statistics.getPrepareStatementCount();

        assertThat(after).isEqualTo(before + 3);
        // draw rules load in batches of 100 quizzes: crossing a hundred may add one batch, a query per quiz would add 3+
        assertThat(statementsAfter - statementsBefore).isLessThanOrEqualTo(1);
        assertThat(statementsBefore).isLessThanOrEqualTo(8);
    }
}
