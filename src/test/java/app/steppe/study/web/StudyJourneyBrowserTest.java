package app.steppe.study.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.AttemptResults;
import app.steppe.attempt.domain.Attempts;
import app.steppe.browser.BrowserTestSupport;
import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;

/**
 * A student misses questions in a graded quiz; once the quiz has closed and its answers are released, the missed
 * questions wait in the review queue. The student turns a card with Space, rates it Good with 3, and the progress
 * page counts the review. The quiz is taken through the attempt service with explicit instants.
 */
class StudyJourneyBrowserTest extends BrowserTestSupport {

    @Autowired Attempts attempts;
    @Autowired AttemptResults results;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired QuestionBank questionBank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    /** A quiz on a fresh copy of the shipped set, open two days ago for a day, its answers shown after it closed. */
    private long aQuizThatClosedYesterday(Instant opens) {
        var fixtures = new AttemptFixtures(publisher, bank);
        long copy = questionBank.duplicateSet(fixtures.shippedSetId());
        return fixtures.publishOn(copy, AttemptFixtures.settings(opens, Optional.of(Duration.ofMinutes(60)), 0,
                Navigation.FREE, ReviewTiming.AFTER_CLOSE, 1));
    }

    @Test
    void aStudentFindsWhatTheyMissedInAQuizInTheQueueStudiesItWithTheKeyboardAndSeesTheirProgress() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant opens = now.minus(Duration.ofDays(2));
        long quiz = aQuizThatClosedYesterday(opens);
        UserAccount student = new AccountFixtures(users, encoder, clock).aStudent("journey", "Dana Journey");
        Instant started = opens.plus(Duration.ofHours(1));
        var attempt = attempts.start(quiz, student.getId(), started).attemptId().orElseThrow();
        long seq = 1;
        for (var slot : attempts.taking(attempt, student.getId(), started).questions()) {
            attempts.save(attempt, student.getId(), slot.versionId(), new AnswerForm(Map.of("", List.of("zzz"))), seq++,
                    started.plusSeconds(seq));
        }
        attempts.submit(attempt, student.getId(), started.plus(Duration.ofMinutes(5)));
        assertThat(results.missedQuestionsVisible(student.getId(), started.plus(Duration.ofMinutes(10))))
                .as("the answers are not released while the quiz is open").isEmpty();
        Set<Long> missed = results.missedQuestionsVisible(student.getId(), now);
        assertThat(missed).isNotEmpty();

        browser.logIn(student.getUsername(), AccountFixtures.PASSWORD);
        browser.waitForText("Dana Journey");
        assertThat(Integer.parseInt(browser.find(By.id("due-today")).getText())).isEqualTo(missed.size());

        browser.open("/study/review");
        WebElement card = browser.find(By.id("flashcard"));
        assertThat(missed).contains(Long.valueOf(card.getAttribute("data-question")));
        WebElement back = browser.find(By.id("card-back"));
        assertThat(back.isDisplayed()).isFalse();

        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        browser.waiting().until(ExpectedConditions.visibilityOf(back));
        assertThat(browser.find(By.cssSelector("#card-back .study-answer")).isDisplayed()).isTrue();
        assertThat(browser.findAll(By.cssSelector("#card-back .study-passage mark"))).isNotEmpty();
        assertThat(browser.find(By.id("show-answer")).isDisplayed()).isFalse();

        new Actions(browser.driver()).sendKeys("3").perform();
        browser.waitForText("Saved: Good");
        assertThat(browser.path()).isEqualTo("/study/review");

        browser.open("/study/progress");
        assertThat(browser.find(By.id("progress-today")).getText()).isEqualTo("1");
        assertThat(browser.find(By.id("progress-total")).getText()).isEqualTo("1");
        assertThat(browser.find(By.id("progress-retention")).getText()).isEqualTo("100%");
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("reviews-chart"), "data-rendered", "true"));
    }
}
