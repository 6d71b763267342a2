package app.steppe.study.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.Accommodations;
import app.steppe.quiz.domain.ExtraTime;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.study.domain.PracticeSets;
import app.steppe.study.domain.StudyReviews;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class StudyWebTest {

    private static final String READING = "kazakhstan-crisis-china";
    /** The first question of the shipped set, a single choice citing paragraph 1. */
    private static final String FIRST_PROMPT = "standard logic";
    private static final String WRONG = "China is responsible for security; Russia is in charge of the economy.";
    private static final String RIGHT = "Russia is responsible for security; China is in charge of the economy.";
    private static final String QUOTE = "The standard logic of the division of labor between Moscow and Beijing";
    private static final String EXPLANATION = "The rest of the article questions this logic";

    @Autowired MockMvc mvc;
    @Autowired QuestionBank questionBank;
    @Autowired QuestionBankApi bank;
    @Autowired PracticeSets practiceSets;
    @Autowired StudyReviews reviews;
    @Autowired QuizPublisher publisher;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired Accommodations accommodations;
    @Autowired JdbcClient jdbc;

    private AccountFixtures accounts() {
        return new AccountFixtures(users, encoder, clock);
    }

    private AuthenticatedUser aStudent() {
        return AccountFixtures.principal(accounts().aStudent("studier", "Studying Student"));
    }

    private AuthenticatedUser anInstructor() {
        return AccountFixtures.principal(accounts().anInstructor("practice"));
    }

    /** A fresh copy of the shipped set, opened for practice: its questions belong to no quiz. */
    private long anOpenCopyOfTheShippedSet() {
        long copy = questionBank.duplicateSet(new AttemptFixtures(publisher, bank).shippedSetId());
        practiceSets.open(copy, anInstructor().id(), clock.instant());
        return copy;
    }

    private long firstQuestionOf(long setId) {
        return bank.questions(setId).get(0).questionId();
    }

    private long reviewsOf(AuthenticatedUser student) {
        return jdbc.sql("SELECT COUNT(*) FROM study_review WHERE student_id = ?").params(student.id())
                .query(Long.class).single();
    }

    /** One person's requests, carrying the session cookie as a browser would (the run lives in the session). */
    private final class Visitor {
        private final AuthenticatedUser who;
        private Cookie[] cookies = new Cookie[0];

        Visitor(AuthenticatedUser who) {
            this.who = who;
        }

        MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
            var builder = request.with(user(who)).with(csrf());
            if (cookies.length > 0) {
                builder.cookie(cookies);
            }
            var response = mvc.perform(builder).andReturn().getResponse();
            if (response.getCookie("SESSION") != null) {
                cookies = new Cookie[] {response.getCookie("SESSION")};
            }
            return response;
        }

        Document page(String url) throws Exception {
            var response = send(get(url));
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        }

        String redirectOf(MockHttpServletRequestBuilder request) throws Exception {
            var response = send(request);
            assertThat(response.getStatus()).isEqualTo(302);
            return response.getRedirectedUrl();
        }
    }

    @Test
    void instructorsAreRefusedTheStudentsStudyPagesAndStudentsThePracticeSetsPage() throws Exception {
        var instructor = anInstructor();
        for (String url : new String[] {"/study", "/study/review", "/study/progress", "/study/settings",
                "/study/weak-passages/" + READING}) {
            mvc.perform(get(url).with(user(instructor))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/instructor/practice").with(user(aStudent()))).andExpect(status().isForbidden());
        mvc.perform(post("/instructor/practice/1").param("open", "true").with(user(aStudent())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInstructorOpensASetForPracticeAndSeesHowManyStudyItButNotWho() throws Exception {
        long copy = questionBank.duplicateSet(new AttemptFixtures(publisher, bank).shippedSetId());
        var instructor = new Visitor(anInstructor());
        mvc.perform(post("/instructor/practice/" + copy).param("open", "true").with(user(instructor.who)))
                .andExpect(status().isForbidden());

        assertThat(instructor.redirectOf(post("/instructor/practice/" + copy).param("open", "true")))
                .isEqualTo("/instructor/practice");
        assertThat(practiceSets.openSetIds()).contains(copy);

        var student = accounts().aStudent("aggregated", "Zhanar Unseen-Name");
        reviews.review(student.getId(), firstQuestionOf(copy), 3, "r-aggregate-" + copy, clock.instant());
        Document page = instructor.page("/instructor/practice");
        var row = page.selectFirst("tr[data-set=" + copy + "]");
        assertThat(row.selectFirst(".students").text()).isEqualTo("1");
        assertThat(row.selectFirst(".reviews").text()).isEqualTo("1");
        assertThat(page.text()).doesNotContain("Zhanar Unseen-Name");

        instructor.send(post("/instructor/practice/" + copy).param("open", "false"));
        assertThat(practiceSets.openSetIds()).doesNotContain(copy);
        assertThat(instructor.send(post("/instructor/practice/987654321").param("open", "true")).getStatus())
                .isEqualTo(404);
    }

    @Test
    void practiceShowsNoAnswerKeyBeforeAnsweringAndTheCitedPassageAfterwardsCountingTheFirstAnswerOnce()
            throws Exception {
        long copy = anOpenCopyOfTheShippedSet();
        var student = new Visitor(aStudent());

        String run = student.redirectOf(post("/study/practice").param("scope", "set").param("setId", String.valueOf(copy)));
        assertThat(run).startsWith("/study/practice/");
        Document question = student.page(run);
        assertThat(question.text()).contains(FIRST_PROMPT).doesNotContain(EXPLANATION).doesNotContain("The right answer");
        assertThat(question.select("mark, .study-correct, .study-passage")).isEmpty();
        assertThat(question.html()).doesNotContain(QUOTE);
        String reviewId = question.selectFirst("input[name=reviewId]").val();

        student.redirectOf(post(run + "/answer").param("reviewId", reviewId).param("answer", WRONG));
        Document feedback = student.page(run);
        assertThat(feedback.selectFirst("#feedback-title").text()).isEqualTo("Not right");
        assertThat(feedback.selectFirst(".study-passage mark").text()).startsWith(QUOTE);
        assertThat(feedback.selectFirst("a.study-passage-link").attr("href")).matches("/readings/" + READING + "#p\\d+");
        assertThat(feedback.selectFirst(".study-correct").text()).contains(RIGHT);
        assertThat(feedback.text()).contains(EXPLANATION);
        assertThat(reviewsOf(student.who)).isEqualTo(1);

        // the same form sent again changes nothing
        student.redirectOf(post(run + "/answer").param("reviewId", reviewId).param("answer", RIGHT));
        assertThat(student.page(run).selectFirst("#feedback-title").text()).isEqualTo("Not right");

        student.redirectOf(post(run + "/retry"));
        String again = student.page(run).selectFirst("input[name=reviewId]").val();
        assertThat(again).isNotEqualTo(reviewId);
        student.redirectOf(post(run + "/answer").param("reviewId", again).param("answer", RIGHT));
        assertThat(student.page(run).selectFirst("#feedback-title").text()).isEqualTo("Right");
        assertThat(reviewsOf(student.who)).as("a retry is not counted again").isEqualTo(1);

        student.redirectOf(post(run + "/next"));
        assertThat(student.page(run).selectFirst("#practice-position").text()).startsWith("Question 2 of");
    }

    @Test
    void questionsOfAQuizThatIsOpenAreLeftOutOfPractice() throws Exception {
        long copy = anOpenCopyOfTheShippedSet();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        new AttemptFixtures(publisher, bank).publishOn(copy, AttemptFixtures.settings(now.minus(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(30)), 5, Navigation.FREE, ReviewTiming.IMMEDIATELY, 1));
        var student = new Visitor(aStudent());

        assertThat(student.redirectOf(post("/study/practice").param("scope", "set").param("setId", String.valueOf(copy))))
                .isEqualTo("/study");
        assertThat(student.redirectOf(post("/study/practice").param("scope", "questions")
                .param("questionIds", String.valueOf(firstQuestionOf(copy))))).isEqualTo("/study");
        assertThat(student.send(post("/study/review/" + firstQuestionOf(copy)).param("rating", "3")
                .param("reviewId", "r-open-quiz-1")).getStatus()).isEqualTo(404);
    }

    @Test
    void aClosedQuizStillOpenForOneStudentByAPersonalCloseKeepsItsQuestionsOutOfEveryonesPractice() throws Exception {
        long copy = anOpenCopyOfTheShippedSet();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long quiz = new AttemptFixtures(publisher, bank).publishOn(copy, AttemptFixtures.settings(
                now.minus(Duration.ofDays(2)), Optional.of(Duration.ofMinutes(30)), 5, Navigation.FREE,
                ReviewTiming.IMMEDIATELY, 1));
        var accommodated = aStudent();
        var classmate = new Visitor(aStudent());
        String practiseTheSet = String.valueOf(copy);

        accommodations.grant(quiz, accommodated.id(), ExtraTime.NONE, 0, Optional.of(now.plus(Duration.ofHours(1))));

        assertThat(classmate.redirectOf(post("/study/practice").param("scope", "set").param("setId", practiseTheSet)))
                .isEqualTo("/study");
        assertThat(new Visitor(accommodated).redirectOf(post("/study/practice").param("scope", "set")
                .param("setId", practiseTheSet))).isEqualTo("/study");

        accommodations.grant(quiz, accommodated.id(), ExtraTime.NONE, 0, Optional.empty());

        assertThat(classmate.redirectOf(post("/study/practice").param("scope", "set").param("setId", practiseTheSet)))
                .startsWith("/study/practice/");
    }

    @Test
    void badRatingsAreRefusedWithAClearMessageAndAReplayIsNotCountedTwice() throws Exception {
        long question = firstQuestionOf(anOpenCopyOfTheShippedSet());
        var student = new Visitor(aStudent());
        String url = "/study/review/" + question;

        for (String rating : new String[] {"5", "0", "-1", "abc", ""}) {
            var refused = student.send(post(url).param("rating", rating).param("reviewId", "r-bad-rating-1"));
            assertThat(refused.getStatus()).as("rating '%s'", rating).isEqualTo(400);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Nothing was changed");
        }
        assertThat(student.send(post(url).param("rating", "3").param("reviewId", "x")).getStatus()).isEqualTo(400);
        assertThat(reviewsOf(student.who)).isZero();

        assertThat(student.redirectOf(post(url).param("rating", "3").param("reviewId", "r-once-only-1")))
                .isEqualTo("/study/review");
        assertThat(student.redirectOf(post(url).param("rating", "3").param("reviewId", "r-once-only-1")))
                .isEqualTo("/study/review");
        assertThat(reviewsOf(student.who)).isEqualTo(1);
        assertThat(student.send(post(url).param("rating", "1").param("reviewId", "r-once-only-1")).getStatus())
                .isEqualTo(400);
        assertThat(student.send(post("/study/review/987654321").param("rating", "3").param("reviewId", "r-nowhere-1"))
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aStudentSeesOnlyTheirOwnProgressAndWeakPassages() throws Exception {
        long copy = anOpenCopyOfTheShippedSet();
        var forgetful = new Visitor(aStudent());
        var other = new Visitor(aStudent());
        reviews.review(forgetful.who.id(), firstQuestionOf(copy), 1, "r-forgot-" + copy, clock.instant());

        Document mine = forgetful.page("/study/weak-passages/" + READING);
        assertThat(mine.select(".study-weak")).isNotEmpty();
        assertThat(mine.select(".study-weak input[name=questionIds]")).extracting(e -> e.val())
                .contains(String.valueOf(firstQuestionOf(copy)));
        assertThat(forgetful.page("/study/progress").selectFirst("#progress-total").text()).isEqualTo("1");

        assertThat(other.page("/study/weak-passages/" + READING).select(".study-weak")).isEmpty();
        Document theirs = other.page("/study/progress");
        assertThat(theirs.selectFirst("#progress-total").text()).isEqualTo("0");
        assertThat(theirs.selectFirst("#progress-today").text()).isEqualTo("0");
        assertThat(other.send(get("/study/weak-passages/no-such-reading")).getStatus()).isEqualTo(404);
    }

    @Test
    void settingsOutOfRangeAreShownNextToTheirFieldsAndGoodOnesAreSaved() throws Exception {
        var student = new Visitor(aStudent());

        var refused = student.send(post("/study/settings").param("desiredRetention", "0.99").param("dailyNewLimit", "many"));
        assertThat(refused.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.selectFirst("#desiredRetention-error").text()).contains("between 0.80 and 0.97");
        assertThat(form.selectFirst("#dailyNewLimit-error").text()).contains("between 0 and 500");
        assertThat(form.selectFirst("#desiredRetention").attr("aria-invalid")).isEqualTo("true");

        assertThat(student.redirectOf(post("/study/settings").param("desiredRetention", "0.85").param("dailyNewLimit", "5")))
                .isEqualTo("/study/settings");
        Document saved = student.page("/study/settings");
        assertThat(saved.selectFirst("#desiredRetention").val()).isEqualTo("0.85");
        assertThat(saved.selectFirst("#dailyNewLimit").val()).isEqualTo("5");
    }

    @Test
    void theHomePageShowsAStudentTheirCardsDueTodayAndInstructorsNoStudyCard() throws Exception {
        long copy = anOpenCopyOfTheShippedSet();
        var student = new Visitor(aStudent());
        reviews.review(student.who.id(), firstQuestionOf(copy), 1, "r-due-home-" + copy, clock.instant());

        assertThat(student.page("/").selectFirst("#due-today").text()).isEqualTo("1");
        assertThat(new Visitor(anInstructor()).page("/").select("#study-card")).isEmpty();
    }

    @Test
    void flashcardsShowTheFrontWithAShowAnswerLinkAndTheBackWithFourRatingButtons() throws Exception {
        long copy = anOpenCopyOfTheShippedSet();
        var student = new Visitor(aStudent());
        long question = firstQuestionOf(copy);
        reviews.review(student.who.id(), question, 1, "r-card-" + copy, clock.instant());

        Document front = student.page("/study/review");
        assertThat(front.selectFirst("#card-back").hasAttr("hidden")).isTrue();
        String show = front.selectFirst("#show-answer").attr("href");
        Document back = student.page(show);
        assertThat(back.selectFirst("#card-back").hasAttr("hidden")).isFalse();
        assertThat(back.select("#card-back button[name=rating]")).extracting(e -> e.val())
                .containsExactly("1", "2", "3", "4");
        assertThat(back.select("#card-back form").attr("action")).startsWith("/study/review/");
    }
}
