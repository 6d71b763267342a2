package app.steppe.gradebook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.domain.Attempts;
import app.steppe.gradebook.GradebookFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

/**
 * The gradebook page and its CSV cost the same statements however many students, quizzes and attempts there are:
 * the students, the quizzes and every attempt's header are read once each, never per row or per cell.
 */
@SteppeWebTest
class GradebookStatementsTest {

    private static final AuthenticatedUser INSTRUCTOR = new AuthenticatedUser(1, "instructor", "I", "INSTRUCTOR", "n/a");

    @Autowired MockMvc mvc;
    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired QuestionBank questionBank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired QuizGradeReleases releases;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void threeMoreStudentsQuizzesAndAttemptsAddNoStatementToTheGradebookOrItsExport() throws Exception {
        var fixtures = new GradebookFixtures(attempts, publisher, bank, questionBank, users, encoder, clock, releases);
        fixtures.aSubmittedAttemptWithEssays("Первый студент");
        long pageBefore = statementsOf("/instructor/gradebook");
        long csvBefore = statementsOf("/instructor/gradebook/export.csv");

        for (int i = 0; i < 3; i++) {
            fixtures.aSubmittedAttemptWithEssays("Student " + i);
        }

        assertThat(statementsOf("/instructor/gradebook")).isEqualTo(pageBefore);
        assertThat(statementsOf("/instructor/gradebook/export.csv")).isEqualTo(csvBefore);
        assertThat(pageBefore).as("students, quizzes, attempts, and the session's own").isBetween(3L, 8L);
    }

    private long statementsOf(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        mvc.perform(get(url).with(user(INSTRUCTOR))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
