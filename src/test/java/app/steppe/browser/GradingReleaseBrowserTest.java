package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.quiz.QuizGradeReleases;
import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptGrading;
import app.steppe.attempt.domain.Attempts;
import app.steppe.gradebook.GradebookFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.quiz.domain.QuizPublisher;

/** An instructor grades the last essay of an attempt and releases the quiz; the student then sees the final grade. */
class GradingReleaseBrowserTest extends BrowserTestSupport {

    @Autowired Attempts attempts;
    @Autowired AttemptGrading grading;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired QuestionBank questionBank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired QuizGradeReleases releases;

    @Test
    void anInstructorGradesAnEssayAndReleasesTheQuizAndTheStudentSeesTheGrade() {
        var taken = new GradebookFixtures(attempts, publisher, bank, questionBank, users, encoder, clock, releases)
                .aSubmittedAttemptWithEssays("Асель Жұмабекова");
        var instructor = new AccountFixtures(users, encoder, clock).anInstructor("essays");
        // two of the three essays are graded already; the journey grades the last one
        for (long essay : taken.essayVersions().subList(0, 2)) {
            assertThat(grading.grade(taken.attemptId(), essay, BigDecimal.ONE, null, 0, instructor.getId(), clock.instant()))
                    .isEqualTo(AttemptGrading.MarkOutcome.SAVED);
        }

        browser.logIn(instructor.getUsername(), AccountFixtures.PASSWORD).waitForText(instructor.getDisplayName());
        browser.open("/instructor/grading/quizzes/" + taken.quizId());
        assertThat(browser.text()).contains("Асель Жұмабекова").contains("Rubric").contains("Needs grading");
        browser.fill("Points", "4.5").fill("Comment", "Cites the reading well").press("Save grade");
        browser.waitForText("Grade saved.");
        assertThat(browser.text()).contains("Nothing waits for grading.");

        browser.open("/instructor/gradebook/quizzes/" + taken.quizId());
        assertThat(browser.find(By.id("release-state")).getText()).contains("Hidden");
        browser.press("Release grades").waitForText("Results released to students.");
        browser.logOut().waitForText("Log in");

        browser.logIn(taken.student().getUsername(), AccountFixtures.PASSWORD).waitForText("Асель Жұмабекова");
        browser.open("/grades");
        var row = browser.find(By.id("quiz-" + taken.quizId())).getText();
        assertThat(row).contains("Graded").contains("%").doesNotContain("Needs grading");
    }
}
