package app.steppe.attempt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

/** The student's review page follows the quiz's review options: what is not allowed yet is not in the HTML at all. */
@SteppeWebTest
class AttemptReviewWebTest {

    /** Only the answer key holds these: the explanation of the set's first question and the passage it cites. */
    static final String EXPLANATION = "The rest of the article questions this logic and finally calls it outdated.";
    static final String QUOTE = "Russia is responsible for security and China is in charge of the economy";

    @Autowired MockMvc mvc;
    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    ReviewFixtures fixtures;
    Instant now;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(new AttemptFixtures(publisher, bank), new AccountFixtures(users, encoder, clock), attempts);
        now = clock.instant();
    }

    Document review(UUID attempt, AuthenticatedUser student) throws Exception {
        return Jsoup.parse(mvc.perform(get("/attempts/" + attempt + "/review").with(user(student)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void withEveryReviewOptionNeverThePageShowsTheAnswersButNoScoreNoMarksNoKeyAndNoPassage() throws Exception {
        var student = fixtures.aStudent("Never Shown");
        long quiz = fixtures.aQuizOnTheWholeSet(now.minus(Duration.ofHours(1)), ReviewTiming.NEVER);
        var attempt = fixtures.submitted(quiz, student, now.minus(Duration.ofMinutes(10)));

        Document page = review(attempt, student);
        String html = page.html();

        assertThat(page.select(".review-question")).hasSizeGreaterThan(20);
        assertThat(page.select(".review-chosen")).isNotEmpty();
        assertThat(page.select("#review-nothing")).hasSize(1);
        assertThat(page.select("#review-score, .review-verdict, .review-correct, .review-feedback, .review-passage, .review-explanation")).isEmpty();
        assertThat(page.text()).doesNotContain("Your score", "Correct answer", "Right", "Wrong", EXPLANATION, QUOTE);
        assertThat(html).doesNotContain("review-verdict-", "/readings/");
    }

    @Test
    void withImmediatelyThePageShowsScoreMarksCorrectAnswersExplanationAndTheHighlightedPassage() throws Exception {
        var student = fixtures.aStudent("Shown At Once");
        long quiz = fixtures.aQuizOnTheWholeSet(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        var attempt = fixtures.submitted(quiz, student, now.minus(Duration.ofMinutes(10)));

        Document page = review(attempt, student);

        // the set has essays: the score stays provisional until they are graded
        assertThat(page.select("#review-score").text()).matches("Your score [\\d.]+ of [\\d.]+ points \\([\\d.]+%\\) Provisional: .*");
        assertThat(page.select(".review-verdict")).hasSameSizeAs(page.select(".review-question"));
        assertThat(page.select(".review-correct").text()).contains("Correct answer",
                "Russia is responsible for security; China is in charge of the economy.");
        assertThat(page.select(".review-explanation").text()).contains(EXPLANATION);
        assertThat(page.select(".review-passage mark").eachText()).anyMatch(marked -> marked.contains(QUOTE));
        assertThat(page.select("a.review-passage-link").eachAttr("href"))
                .anyMatch(href -> href.matches("/readings/kazakhstan-crisis-china\\?version=\\d+#p1"));
        assertThat(page.select("#review-nothing, #review-after-close")).isEmpty();
    }

    @Test
    void afterCloseHidesEverythingWhileTheQuizIsOpen() throws Exception {
        var student = fixtures.aStudent("Before Close");
        long quiz = fixtures.aQuizOnTheWholeSet(now.minus(Duration.ofHours(1)), ReviewTiming.AFTER_CLOSE);
        var attempt = fixtures.submitted(quiz, student, now.minus(Duration.ofMinutes(10)));

        Document page = review(attempt, student);

        assertThat(page.select("#review-after-close").text()).contains("after the quiz closes");
        assertThat(page.select("#review-score, .review-verdict, .review-correct, .review-feedback")).isEmpty();
        assertThat(page.text()).doesNotContain(EXPLANATION, QUOTE, "Correct answer");
    }

    @Test
    void afterCloseShowsEverythingOnceTheQuizHasClosed() throws Exception {
        var student = fixtures.aStudent("After Close");
        Instant opened = now.minus(Duration.ofDays(2));
        long quiz = fixtures.aQuizOnTheWholeSet(opened, ReviewTiming.AFTER_CLOSE);
        var attempt = fixtures.submitted(quiz, student, opened.plus(Duration.ofHours(1)));

        Document page = review(attempt, student);

        assertThat(page.select("#review-score")).hasSize(1);
        assertThat(page.select(".review-verdict")).isNotEmpty();
        assertThat(page.select(".review-correct")).isNotEmpty();
        assertThat(page.select(".review-explanation").text()).contains(EXPLANATION);
        assertThat(page.select("#review-after-close")).isEmpty();
    }

    @Test
    void anotherStudentsReviewIsNotFound() throws Exception {
        var owner = fixtures.aStudent("Owner");
        var intruder = fixtures.aStudent("Intruder");
        long quiz = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        var attempt = fixtures.submitted(quiz, owner, now.minus(Duration.ofMinutes(10)));

        mvc.perform(get("/attempts/" + attempt + "/review").with(user(intruder))).andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + UUID.randomUUID() + "/review").with(user(intruder))).andExpect(status().isNotFound());
    }

    @Test
    void anAttemptStillRunningGoesBackToTheAttemptPage() throws Exception {
        var student = fixtures.aStudent("Still Running");
        long quiz = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        var attempt = fixtures.started(quiz, student, now.minus(Duration.ofMinutes(1)));

        mvc.perform(get("/attempts/" + attempt + "/review").with(user(student)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/attempts/" + attempt));
    }

    @Test
    void anAttemptPastItsDeadlineIsClosedAndReviewed() throws Exception {
        var student = fixtures.aStudent("Ran Out");
        long quiz = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(3)), ReviewTiming.IMMEDIATELY);
        var attempt = fixtures.started(quiz, student, now.minus(Duration.ofHours(2)));

        Document page = review(attempt, student);

        assertThat(page.select("#review-score")).hasSize(1);
        assertThat(page.select(".review-unanswered")).hasSize(3);
    }
}
