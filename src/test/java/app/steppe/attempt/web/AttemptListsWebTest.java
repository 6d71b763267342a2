package app.steppe.attempt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
import app.steppe.quiz.domain.Accommodations;
import app.steppe.quiz.domain.ExtraTime;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

/** The student's quiz list and the instructor's attempt pages. */
@SteppeWebTest
class AttemptListsWebTest {

    static final AuthenticatedUser INSTRUCTOR = new AuthenticatedUser(1, "instructor", "I", "INSTRUCTOR", "n/a");

    @Autowired MockMvc mvc;
    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired Accommodations accommodations;
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

    Document page(String url, AuthenticatedUser who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theQuizListShowsEachQuizsStateForThisStudent() throws Exception {
        var student = fixtures.aStudent("Lister");
        long upcoming = fixtures.aQuizOfThreeQuestions(now.plus(Duration.ofDays(1)), ReviewTiming.IMMEDIATELY);
        long open = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        long running = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        long closed = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofDays(2)), ReviewTiming.IMMEDIATELY);
        var attempt = fixtures.started(running, student, now.minus(Duration.ofMinutes(10)));

        Document list = page("/quizzes", student);

        assertThat(state(list, upcoming)).isEqualTo("Upcoming");
        assertThat(list.select("#student-quiz-" + upcoming).text()).contains("Opens ");
        assertThat(state(list, open)).isEqualTo("Open");
        assertThat(list.select("#student-quiz-" + open + " .quiz-time-limit").text()).isEqualTo("30 min");
        assertThat(list.select("#student-quiz-" + open).text()).contains("2 of 2 left");
        assertThat(state(list, running)).startsWith("In progress");
        assertThat(list.select("#student-quiz-" + running + " .quiz-time-left").text()).matches("(19|20):\\d\\d left");
        assertThat(list.select("#student-quiz-" + running + " a[href=/attempts/" + attempt + "]").text()).isEqualTo("Continue");
        assertThat(state(list, closed)).isEqualTo("Closed");
        assertThat(list.select("#student-quiz-" + open + " th a").attr("href")).isEqualTo("/quizzes/" + open);
    }

    @Test
    void theBestScoreIsShownOnlyWhenTheReviewOptionsLetTheStudentSeeIt() throws Exception {
        var student = fixtures.aStudent("Scorer");
        long shown = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        long hidden = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.NEVER);
        fixtures.submitted(shown, student, now.minus(Duration.ofMinutes(10)));
        fixtures.submitted(hidden, student, now.minus(Duration.ofMinutes(10)));

        Document list = page("/quizzes", student);

        assertThat(list.select("#student-quiz-" + shown + " .quiz-best").text()).endsWith("%");
        assertThat(list.select("#student-quiz-" + hidden + " .quiz-best").text()).isEqualTo("—");
        assertThat(list.select("#student-quiz-" + shown).text()).contains("1 of 2 left");
    }

    @Test
    void theTimeLimitOnTheListIncludesTheStudentsExtraTime() throws Exception {
        var student = fixtures.aStudent("Accommodated");
        long quiz = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        accommodations.grant(quiz, student.id(), new ExtraTime(0, new BigDecimal("1.25")), 0, Optional.empty());

        Document list = page("/quizzes", student);

        assertThat(list.select("#student-quiz-" + quiz + " .quiz-time-limit").text())
                .isEqualTo("37 min 30 s Includes your extra time");
    }

    @Test
    void aStudentMayNotOpenTheInstructorsAttemptPages() throws Exception {
        var student = fixtures.aStudent("Curious");
        long quiz = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.IMMEDIATELY);
        var attempt = fixtures.submitted(quiz, student, now.minus(Duration.ofMinutes(10)));

        mvc.perform(get("/instructor/quizzes/" + quiz + "/attempts").with(user(student))).andExpect(status().isForbidden());
        mvc.perform(get("/instructor/attempts/" + attempt).with(user(student))).andExpect(status().isForbidden());
    }

    @Test
    void theInstructorListShowsAnAttemptInProgressAndASubmittedOneWithItsScore() throws Exception {
        var running = fixtures.aStudent("Still Writing");
        var done = fixtures.aStudent("Already Done");
        long quiz = fixtures.aQuizOfThreeQuestions(now.minus(Duration.ofHours(1)), ReviewTiming.NEVER);
        var open = fixtures.started(quiz, running, now.minus(Duration.ofMinutes(5)));
        var submitted = fixtures.submitted(quiz, done, now.minus(Duration.ofMinutes(10)));

        Document list = page("/instructor/quizzes/" + quiz + "/attempts", INSTRUCTOR);

        assertThat(list.select(".attempt-row")).hasSize(2);
        assertThat(list.select("#attempt-" + open).text()).contains("Still Writing", "In progress", "left");
        assertThat(list.select("#attempt-" + open + " .attempt-score").text()).isEmpty();
        assertThat(list.select("#attempt-" + submitted).text()).contains("Already Done", "Submitted by the student");
        // three questions drawn at random may include an essay, which leaves the score provisional
        assertThat(list.select("#attempt-" + submitted + " .attempt-score").text()).matches("[\\d.]+ of [\\d.]+ \\([\\d.]+%\\)( Needs grading)?");
        assertThat(list.select("#attempt-" + submitted + " a").attr("href")).isEqualTo("/instructor/attempts/" + submitted);
    }

    @Test
    void theInstructorSeesOneAttemptInFullWhateverTheReviewOptions() throws Exception {
        var student = fixtures.aStudent("Fully Shown");
        long quiz = fixtures.aQuizOnTheWholeSet(now.minus(Duration.ofHours(1)), ReviewTiming.NEVER);
        var attempt = fixtures.submitted(quiz, student, now.minus(Duration.ofMinutes(10)));

        Document page = page("/instructor/attempts/" + attempt, INSTRUCTOR);

        assertThat(page.select("h1").text()).contains("Fully Shown");
        assertThat(page.select("#finish-kind").text()).isEqualTo("Submitted by the student");
        assertThat(page.select("#answer-log-count").text()).isEqualTo(String.valueOf(page.select(".review-question").size()));
        assertThat(page.select("#attempt-timing").text()).contains("Started", "Deadline", "Finished", "(Asia/Almaty)");
        assertThat(page.select("#review-score").text()).contains("of");
        assertThat(page.select(".review-verdict")).hasSameSizeAs(page.select(".review-question"));
        assertThat(page.select(".review-correct")).hasSameSizeAs(page.select(".review-question"));
        assertThat(page.select(".review-explanation").text()).contains(AttemptReviewWebTest.EXPLANATION);
        assertThat(page.select(".review-passage mark").eachText()).anyMatch(m -> m.contains(AttemptReviewWebTest.QUOTE));
        assertThat(page.select(".review-rubric")).isNotEmpty();
    }

    @Test
    void unknownQuizzesAndAttemptsAreNotFoundForTheInstructor() throws Exception {
        mvc.perform(get("/instructor/quizzes/987654321/attempts").with(user(INSTRUCTOR))).andExpect(status().isNotFound());
        mvc.perform(get("/instructor/attempts/" + UUID.randomUUID()).with(user(INSTRUCTOR))).andExpect(status().isNotFound());
    }

    private static String state(Document list, long quiz) {
        return list.select("#student-quiz-" + quiz + " .quiz-state .badge").first().text();
    }
}
