package app.steppe.quiz.web;

import static app.steppe.quiz.web.QuizForms.INSTRUCTOR;
import static app.steppe.quiz.web.QuizForms.STUDENT;
import static app.steppe.quiz.web.QuizForms.aThirtyMinuteQuiz;
import static app.steppe.quiz.web.QuizForms.postAs;
import static app.steppe.quiz.web.QuizForms.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountApi;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.SetHeader;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.QuizView;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.StudentQuizRules;
import app.steppe.quiz.domain.QuizLimits;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class QuizPagesWebTest {

    private static final String SHIPPED_SLUG = "kazakhstan-2022";

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBankApi questionBank;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuizApi quizzes;
    @Autowired
    AccountApi accounts;
    @Autowired
    QuizLimits limits;
    @Autowired
    Environment environment;

    long shippedSet() {
        return questionBank.sets().stream().filter(s -> s.slug().equals(SHIPPED_SLUG)).findFirst().orElseThrow().id();
    }

    long publish(String title) throws Exception {
        mvc.perform(postAs(INSTRUCTOR, "/instructor/quizzes/new", aThirtyMinuteQuiz(shippedSet(), title)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/instructor/quizzes"));
        return quizzes.published().stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow().id();
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(INSTRUCTOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Document rejected(String url, Map<String, String> fields) throws Exception {
        return Jsoup.parse(mvc.perform(postAs(INSTRUCTOR, url, fields)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void publishesAQuizWithEverySetting() throws Exception {
        String title = unique("Every setting");
        long id = publish(title);

        StudentQuizRules rules = quizzes.rulesFor(id, 999_999);
        assertThat(rules.questionSetId()).isEqualTo(shippedSet());
        assertThat(rules.opensAt()).isEqualTo(Instant.parse("2026-12-01T04:00:00Z"));
        assertThat(rules.closesAt()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(rules.timeLimitMinutes()).contains(30);
        assertThat(rules.attemptsAllowed()).isEqualTo(2);
        assertThat(rules.gradingMethod()).isEqualTo(GradingMethod.AVERAGE);
        assertThat(rules.passingPercent()).isEqualTo(60);
        assertThat(rules.navigation()).isEqualTo(Navigation.SEQUENTIAL);
        assertThat(rules.shuffleQuestions()).isTrue();
        assertThat(rules.shuffleOptions()).isTrue();
        assertThat(rules.draws()).containsExactly(new StudentQuizRules.Draw(Optional.empty(), 5));
        assertThat(rules.review()).isEqualTo(new StudentQuizRules.Review(ReviewTiming.IMMEDIATELY,
                ReviewTiming.AFTER_CLOSE, ReviewTiming.NEVER, ReviewTiming.AFTER_CLOSE));
        assertThat(quizzes.quiz(id).map(QuizView::instructions)).contains("Read the passage first.");

        Document list = page("/instructor/quizzes");
        assertThat(list.select("#quiz-" + id).text()).contains(title, "2026-12-01 09:00 (Asia/Almaty)");
    }

    @Test
    void theEditFormShowsTheSavedSettingsAndSavesChanges() throws Exception {
        long id = publish(unique("Editable"));
        Document form = page("/instructor/quizzes/" + id + "/edit");
        assertThat(form.select("#opensAt").val()).isEqualTo("2026-12-01T09:00");
        assertThat(form.select("#timeLimitMinutes").val()).isEqualTo("30");

        Map<String, String> changed = aThirtyMinuteQuiz(shippedSet(), "Renamed " + id);
        changed.put("timeLimitMinutes", "");
        mvc.perform(postAs(INSTRUCTOR, "/instructor/quizzes/" + id + "/edit", changed))
                .andExpect(status().is3xxRedirection());
        assertThat(quizzes.quiz(id).orElseThrow().title()).isEqualTo("Renamed " + id);
        assertThat(quizzes.rulesFor(id, 1).timeLimitMinutes()).isEmpty();
    }

    @Test
    void reRendersWithErrorsNextToTheFieldsAndSavesNothing() throws Exception {
        String title = unique("Broken");
        Map<String, String> f = aThirtyMinuteQuiz(shippedSet(), "  ");
        f.put("closesAt", "2026-12-01T08:00");
        f.put("maxAttempts", "0");
        f.put("passingPercent", "101");
        f.put("gradingMethod", "BEST");
        Document page = rejected("/instructor/quizzes/new", f);

        assertThat(page.select("#title-error").text()).isEqualTo("Enter a title.");
        assertThat(page.select("#closesAt-error").text()).contains("after the opening");
        assertThat(page.select("#maxAttempts-error").text()).contains("from 1 to 100");
        assertThat(page.select("#passingPercent-error").text()).contains("from 0 to 100");
        assertThat(page.select("#gradingMethod-error").text()).isNotEmpty();
        assertThat(quizzes.published()).noneMatch(q -> q.title().equals(title));
    }

    @Test
    void refusesToDrawMoreQuestionsThanTheSetHas() throws Exception {
        String title = unique("Too many");
        Map<String, String> f = aThirtyMinuteQuiz(shippedSet(), title);
        f.put("draws[0].count", "5000");
        Document page = rejected("/instructor/quizzes/new", f);
        assertThat(page.select("[id='draws[0].count-error']").text()).contains("questions are available");

        f.put("draws[0].count", "1");
        f.put("draws[1].tag", "no-such-tag");
        f.put("draws[1].count", "1");
        page = rejected("/instructor/quizzes/new", f);
        assertThat(page.select("[id='draws[1].count-error']").text()).contains("Only 0 questions");
        assertThat(quizzes.published()).noneMatch(q -> q.title().equals(title));
    }

    @Test
    void refusesASetWithoutQuestions() throws Exception {
        long empty = bank.createSet(new SetHeader("quiz-empty-" + System.nanoTime(), "Empty", "", 
                "kazakhstan-crisis-china", List.of("test"))).value();
        Document page = rejected("/instructor/quizzes/new", aThirtyMinuteQuiz(empty, unique("Empty")));
        assertThat(page.select("#setId-error").text()).contains("no questions");
        assertThat(page.select("#setId option").eachAttr("value")).doesNotContain(String.valueOf(empty));
    }

    @Test
    void refusesATimeLimitLongerThanTheConfiguredMaximum() throws Exception {
        Map<String, String> f = aThirtyMinuteQuiz(shippedSet(), unique("Too long"));
        f.put("timeLimitMinutes", String.valueOf(6 * 60 + 1));
        Document page = rejected("/instructor/quizzes/new", f);
        assertThat(page.select("#timeLimitMinutes-error").text()).contains("At most 360 minutes");
    }

    @Test
    void theLongestTimeLimitStaysBelowTheSessionTimeout() {
        Duration session = environment.getRequiredProperty("spring.session.timeout", Duration.class);
        assertThat(limits.maxTimeLimit()).isEqualTo(Duration.ofHours(6)).isLessThan(session);
    }

    @Test
    void grantsReplacesAndRemovesAnAccommodation() throws Exception {
        long id = publish(unique("Accommodated"));
        long student = accounts.students().get(0).id();
        String url = "/instructor/quizzes/" + id + "/accommodations";
        mvc.perform(postAs(INSTRUCTOR, url, Map.of("studentId", String.valueOf(student), "extraMinutes", "0",
                "multiplier", "1.5", "extraAttempts", "1", "closeOverride", "2026-12-01T18:00")))
                .andExpect(redirectedUrl(url));
        StudentQuizRules rules = quizzes.rulesFor(id, student);
        assertThat(rules.timeMultiplier()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(rules.attemptsAllowed()).isEqualTo(3);
        assertThat(rules.closesAt()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
        assertThat(quizzes.deadlineFor(id, student, Instant.parse("2026-12-01T05:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-01T05:45:00Z"));

        mvc.perform(postAs(INSTRUCTOR, url, Map.of("studentId", String.valueOf(student), "extraMinutes", "20",
                "multiplier", "1.0", "extraAttempts", "0", "closeOverride", ""))).andExpect(redirectedUrl(url));
        assertThat(quizzes.rulesFor(id, student).extraMinutes()).isEqualTo(20);
        Document page = page(url);
        assertThat(page.select("tr.accommodation")).hasSize(1);

        String remove = page.select("tr.accommodation form").attr("action");
        mvc.perform(post(remove).with(user(INSTRUCTOR)).with(csrf())).andExpect(redirectedUrl(url));
        assertThat(page(url).select("tr.accommodation")).isEmpty();
        assertThat(quizzes.rulesFor(id, student).attemptsAllowed()).isEqualTo(2);
    }

    @Test
    void refusesAnAccommodationWithMinutesAndAMultiplierOrTooManyAttempts() throws Exception {
        long id = publish(unique("Refused accommodation"));
        Document page = rejected("/instructor/quizzes/" + id + "/accommodations", Map.of("studentId", "0",
                "extraMinutes", "10", "multiplier", "1.5", "extraAttempts", "21", "closeOverride", "nonsense"));
        assertThat(page.select("#studentId-error").text()).isNotEmpty();
        assertThat(page.select("#multiplier-error").text()).contains("not both");
        assertThat(page.select("#extraAttempts-error").text()).contains("from 0 to 20");
        assertThat(page.select("#closeOverride-error").text()).isNotEmpty();
    }

    @Test
    void anUnknownQuizIsNotFound() throws Exception {
        mvc.perform(get("/instructor/quizzes/987654/edit").with(user(INSTRUCTOR))).andExpect(status().isNotFound());
        mvc.perform(get("/instructor/quizzes/987654/accommodations").with(user(INSTRUCTOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void studentsAreForbiddenOnEveryRoute() throws Exception {
        long id = publish(unique("Forbidden"));
        String base = "/instructor/quizzes";
        for (String url : List.of(base, base + "/new", base + "/" + id + "/edit", base + "/" + id + "/accommodations")) {
            mvc.perform(get(url).with(user(STUDENT))).andExpect(status().isForbidden());
        }
        for (String url : List.of(base + "/new", base + "/" + id + "/edit", base + "/" + id + "/accommodations",
                base + "/" + id + "/accommodations/1/delete")) {
            mvc.perform(post(url).with(user(STUDENT)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void theHomePageListsQuizzesForStudentsAndInstructors() throws Exception {
        String title = unique("On the home page");
        publish(title);
        Document student = Jsoup.parse(mvc.perform(get("/").with(user(STUDENT))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(student.select("#quizzes-card").text()).contains(title, "2026-12-01 09:00 (Asia/Almaty)");
        assertThat(student.select("#quizzes-card a[href='/instructor/quizzes']")).isEmpty();
        assertThat(page("/").select("#quizzes-card").text()).contains(title, "Upcoming");
    }
}
