package app.steppe.attempt.web;

import static app.steppe.attempt.web.AttemptWebFixtures.anAnswerTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.domain.Attempts;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.domain.Accommodations;
import app.steppe.quiz.domain.ExtraTime;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

/** Starting, answering without JavaScript (the plain form), flagging, the summary and submitting. */
@SteppeWebTest
class AttemptPagesWebTest {

    @Autowired MockMvc mvc;
    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Accommodations accommodations;
    @Autowired Clock clock;

    private AttemptWebFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AttemptWebFixtures(publisher, bank, users, encoder, attempts, clock);
    }

    private Document page(String url, AuthenticatedUser student) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(student))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theStartPageShowsTheRulesWithTheStudentsExtraTimeAndAStartIsIdempotent() throws Exception {
        var student = fixtures.aStudent();
        long quiz = fixtures.anOpenQuiz(3, Navigation.SEQUENTIAL);
        accommodations.grant(quiz, student.id(), new ExtraTime(0, new BigDecimal("1.5")), 0, Optional.empty());

        var rules = page("/quizzes/" + quiz, student);
        assertThat(rules.select(".attempt-rules").text()).contains("30 minutes", "With your extra time: 45 minutes",
                "0 of 1 used", "once you press Next you cannot go back", "(Asia/Almaty)");
        assertThat(rules.select("form[action=/quizzes/" + quiz + "/start] button").text()).isEqualTo("Start the attempt");

        var first = mvc.perform(post("/quizzes/{id}/start", quiz).with(user(student)).with(csrf()))
                .andExpect(redirectedUrlPattern("/attempts/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/quizzes/{id}/start", quiz).with(user(student)).with(csrf())).andExpect(redirectedUrl(first));

        var again = page("/quizzes/" + quiz, student);
        assertThat(again.select("a[href=" + first + "]").text()).isEqualTo("Continue the attempt");
        assertThat(again.select("form[action$=/start]")).isEmpty();
        var attempt = UUID.fromString(first.substring("/attempts/".length()));
        assertThat(attempts.taking(attempt, student.id(), fixtures.now()).deadline())
                .contains(attempts.taking(attempt, student.id(), fixtures.now()).startedAt().plus(Duration.ofMinutes(45)));
    }

    @Test
    void aQuizThatIsNotOpenYetSaysSoAndCannotBeStarted() throws Exception {
        var student = fixtures.aStudent();
        long upcoming = fixtures.quizzes.publish(app.steppe.attempt.AttemptFixtures.settings(
                fixtures.now().plus(Duration.ofDays(2)), Optional.of(Duration.ofMinutes(30)), 2, Navigation.FREE,
                app.steppe.quiz.ReviewTiming.IMMEDIATELY, 1));

        var rules = page("/quizzes/" + upcoming, student);
        assertThat(rules.select("#start-refusal").text()).startsWith("This quiz is not open yet. It opens ");
        assertThat(rules.select("form[action$=/start]")).isEmpty();
        mvc.perform(post("/quizzes/{id}/start", upcoming).with(user(student)).with(csrf()))
                .andExpect(redirectedUrl("/quizzes/" + upcoming))
                .andExpect(flash().attribute("flashError", "attempt.start.refused.NOT_YET_OPEN"));
        mvc.perform(get("/quizzes/999999999").with(user(student))).andExpect(status().isNotFound());
    }

    @Test
    void withoutJavaScriptThePlainFormSavesAnswersAndThePageShowsThemAgain() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(0, Navigation.FREE), student);
        var slots = fixtures.questionsOf(attempt, student);
        var choice = first(slots, QuestionType.SINGLE_CHOICE);
        var text = first(slots, QuestionType.SHORT_TEXT);
        var matching = first(slots, QuestionType.MATCHING);
        var essay = first(slots, QuestionType.ESSAY);

        var form = post("/attempts/{id}", attempt).with(user(student)).with(csrf()).param("action", "save");
        for (var slot : List.of(choice, text, matching, essay)) {
            form.param("seq-" + slot.versionId(), "1");
            anAnswerTo(slot, slot == essay ? "Tokayev\nsecond line" : "Tokayev").forEach((k, v) -> form.param(k, v.toArray(String[]::new)));
        }
        mvc.perform(form).andExpect(redirectedUrl("/attempts/" + attempt))
                .andExpect(flash().attribute("flashSuccess", "attempt.saved"));

        var shown = page("/attempts/" + attempt, student);
        assertThat(shown.select("#q-" + choice.versionId() + " input[type=radio][checked]").val())
                .isEqualTo(choice.view().choices().get(0).value());
        assertThat(shown.select("#q-" + text.versionId() + " input[name=q" + text.versionId() + "]").val())
                .isEqualTo("Tokayev");
        assertThat(shown.select("#q-" + matching.versionId() + " select[name=q" + matching.versionId() + "[0]] option[selected]").val())
                .isEqualTo(matching.view().rightItems().get(0));
        assertThat(shown.select("#q-" + essay.versionId() + " textarea").val()).isEqualTo("Tokayev\nsecond line");
        assertThat(shown.select("a[data-nav-for=" + essay.versionId() + "]").hasClass("is-answered")).isTrue();
        assertThat(shown.select("#q-" + essay.versionId() + " input[name=seq-" + essay.versionId() + "]").val()).isEqualTo("2");

        // a stale page (sequence already used) cannot overwrite the answer
        mvc.perform(post("/attempts/{id}", attempt).with(user(student)).with(csrf()).param("action", "save")
                .param("seq-" + essay.versionId(), "1").param("q" + essay.versionId(), "older"));
        assertThat(fixtures.questionsOf(attempt, student).stream().filter(s -> s.versionId() == essay.versionId())
                .findFirst().orElseThrow().given().values("")).containsExactly("Tokayev\nsecond line");
    }

    @Test
    void aFlagSetWithoutJavaScriptShowsInThePanelAndTheSummaryThenTheAttemptIsSubmitted() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(4, Navigation.FREE), student);
        var slots = fixtures.questionsOf(attempt, student);
        var flagged = slots.get(2);

        mvc.perform(post("/attempts/{id}", attempt).with(user(student)).with(csrf())
                .param("action", "flag-" + flagged.versionId()))
                .andExpect(redirectedUrl("/attempts/" + attempt + "#q-" + flagged.versionId()));
        mvc.perform(post("/attempts/{id}/flags/{v}", attempt, slots.get(3).versionId()).param("flagged", "true")
                .with(user(student)).with(csrf()))
                .andExpect(redirectedUrl("/attempts/" + attempt + "#q-" + slots.get(3).versionId()));
        var form = post("/attempts/{id}", attempt).with(user(student)).with(csrf()).param("action", "finish")
                .param("seq-" + slots.get(0).versionId(), "1");
        anAnswerTo(slots.get(0), "Tokayev").forEach((k, v) -> form.param(k, v.toArray(String[]::new)));
        mvc.perform(form).andExpect(redirectedUrl("/attempts/" + attempt + "/summary"));

        var page = page("/attempts/" + attempt, student);
        assertThat(page.select("button[value=flag-" + flagged.versionId() + "]").attr("aria-pressed")).isEqualTo("true");
        assertThat(page.select("a[data-nav-for=" + flagged.versionId() + "]").hasClass("is-flagged")).isTrue();
        assertThat(page.select("a[data-nav-for=" + flagged.versionId() + "] .attempt-nav-status").text())
                .isEqualTo("unanswered, flagged");

        var summary = page("/attempts/" + attempt + "/summary", student);
        assertThat(summary.select("#count-answered").text()).isEqualTo("1");
        assertThat(summary.select("#count-unanswered").text()).isEqualTo("3");
        assertThat(summary.select("#count-flagged").text()).isEqualTo("2");
        assertThat(summary.select("a[href=/attempts/" + attempt + "#q-" + flagged.versionId() + "]")).hasSize(1);

        mvc.perform(post("/attempts/{id}/submit", attempt).with(user(student)).with(csrf()))
                .andExpect(redirectedUrl("/attempts/" + attempt + "/review"))
                .andExpect(flash().attribute("flashSuccess", "attempt.submitted"));
        mvc.perform(post("/attempts/{id}/submit", attempt).with(user(student)).with(csrf()))
                .andExpect(redirectedUrl("/attempts/" + attempt + "/review"));
        assertThat(attempts.taking(attempt, student.id(), fixtures.now()).finished()).isTrue();
        mvc.perform(get("/attempts/{id}/summary", attempt).with(user(student)))
                .andExpect(redirectedUrl("/attempts/" + attempt + "/review"));
    }

    @Test
    void theCountdownStartsFromTheServersRemainingTime() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.attempts.start(fixtures.anOpenQuiz(2, Navigation.FREE), student.id(),
                fixtures.now().minus(Duration.ofMinutes(20))).attemptId().orElseThrow();

        var page = page("/attempts/" + attempt, student);
        long remaining = Long.parseLong(page.select("#attempt-timer").attr("data-remaining-ms"));
        assertThat(remaining).isBetween(Duration.ofMinutes(9).toMillis(), Duration.ofMinutes(10).toMillis());
        assertThat(page.select("#attempt-time").text()).matches("9:5\\d|10:00");
        assertThat(page.select("#attempt-time").attr("role")).isEqualTo("timer");
        assertThat(page.select("#attempt-announce").attr("aria-live")).isEqualTo("assertive");
    }

    private static Attempts.QuestionSlot first(List<Attempts.QuestionSlot> slots, QuestionType type) {
        return slots.stream().filter(s -> s.view().type() == type).findFirst().orElseThrow();
    }
}
