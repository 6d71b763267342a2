package app.steppe.attempt.web;

import static app.steppe.attempt.web.AttemptWebFixtures.anAnswerTo;
import static app.steppe.attempt.web.AttemptWebFixtures.autosave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.domain.Attempts;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;
import tools.jackson.databind.json.JsonMapper;

/** The security rules of taking a quiz, through the real filter chain: ownership, CSRF, sequence, deadline, answer key. */
@SteppeWebTest
class AttemptSecurityWebTest {

    @Autowired MockMvc mvc;
    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    private AttemptWebFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AttemptWebFixtures(publisher, bank, users, encoder, attempts, clock);
    }

    @Test
    void theAttemptPageAndTheSaveRepliesCarryNoPartOfTheAnswerKey() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(0, Navigation.FREE), student);
        var slots = fixtures.questionsOf(attempt, student);

        var html = mvc.perform(get("/attempts/{id}", attempt).with(user(student))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var page = Jsoup.parse(html);
        var text = page.text();

        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                // option texts are values and may say "correctly"; no marker may name rightness in a key, class or id
                String key = attribute.getKey();
                String marker = key.equals("class") || key.equals("id") || key.startsWith("data-")
                        ? key + "=" + attribute.getValue() : key;
                assertThat(marker).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("score")
                        .doesNotContainIgnoringCase("right");
            }
        }
        var secrets = secretsOf(slots);
        assertThat(secrets).hasSizeGreaterThan(20);
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret);
        }
        assertThat(page.select(".attempt-question")).hasSize(slots.size());

        var slot = slots.get(0);
        var reply = mvc.perform(autosave(attempt, student, slot.versionId(), anAnswerTo(slot, "Tokayev"), 1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var json = JsonMapper.builder().build().readTree(reply);
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("outcome", "sequence", "savedAt", "remainingMs", "finished");
        assertThat(reply).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("score");
    }

    /** Feedback and explanation texts (their first words, where plain text) of the questions in the attempt. */
    private List<String> secretsOf(List<Attempts.QuestionSlot> slots) {
        var secrets = new ArrayList<String>();
        var asked = bank.asked(slots.stream().map(Attempts.QuestionSlot::versionId).toList());
        asked.values().forEach(q -> {
            var content = q.content();
            addPlain(secrets, content.explanation());
            List<ChoiceOption> options = content.answer() instanceof SingleChoice s ? s.options()
                    : content.answer() instanceof MultipleResponse m ? m.options() : List.of();
            options.forEach(o -> addPlain(secrets, o.feedback()));
            if (content.answer() instanceof TrueFalse tf) {
                addPlain(secrets, tf.feedbackTrue());
                addPlain(secrets, tf.feedbackFalse());
            }
        });
        return secrets;
    }

    private static void addPlain(List<String> secrets, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        String start = markdown.strip().replaceAll("\\s+", " ");
        start = start.substring(0, Math.min(40, start.length()));
        if (!start.matches(".*[*_`\"\\[\\]#>].*")) {
            secrets.add(start);
        }
    }

    @Test
    void anotherStudentsAttemptIsNotFoundWhateverTheyAsk() throws Exception {
        var owner = fixtures.aStudent();
        var other = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(3, Navigation.FREE), owner);
        long versionId = fixtures.questionsOf(attempt, owner).get(0).versionId();

        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/attempts/{id}", attempt),
                get("/attempts/{id}/summary", attempt),
                post("/attempts/{id}", attempt).param("action", "save").param("seq-" + versionId, "1")
                        .param("q" + versionId, "x").with(csrf()),
                post("/attempts/{id}/answers/{v}", attempt, versionId).param("seq", "5").param("q" + versionId, "x")
                        .header("X-Requested-With", "XMLHttpRequest").with(csrf()),
                post("/attempts/{id}/flags/{v}", attempt, versionId).param("flagged", "true")
                        .header("X-Requested-With", "XMLHttpRequest").with(csrf()),
                post("/attempts/{id}/flags/{v}", attempt, versionId).param("flagged", "true").with(csrf()),
                post("/attempts/{id}/submit", attempt).with(csrf()),
                post("/attempts/{id}/submit", attempt).header("X-Requested-With", "XMLHttpRequest").with(csrf()));
        for (var request : requests) {
            mvc.perform(request.with(user(other))).andExpect(status().isNotFound());
        }
        var untouched = attempts.taking(attempt, owner.id(), fixtures.now());
        assertThat(untouched.finished()).isFalse();
        assertThat(untouched.questions().get(0).sequence()).isZero();
        assertThat(untouched.questions().get(0).flagged()).isFalse();
    }

    @Test
    void aQuestionThatIsNotPartOfTheAttemptIsRefused() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(2, Navigation.FREE), student);
        var inAttempt = fixtures.questionsOf(attempt, student).stream().map(Attempts.QuestionSlot::versionId).toList();
        long notInIt = bank.questions(fixtures.quizzes.shippedSetId()).stream()
                .map(QuestionBankApi.QuestionRef::versionId).filter(v -> !inAttempt.contains(v)).findFirst().orElseThrow();

        mvc.perform(autosave(attempt, student, notInIt, Map.of("q" + notInIt, List.of("x")), 1))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.outcome").value("REFUSED_UNKNOWN_QUESTION"));
        mvc.perform(post("/attempts/{id}/flags/{v}", attempt, notInIt).param("flagged", "true").with(user(student))
                .with(csrf()).header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.done").value(false));
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsForbidden() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(2, Navigation.FREE), student);
        var slot = fixtures.questionsOf(attempt, student).get(0);

        mvc.perform(post("/attempts/{id}/answers/{v}", attempt, slot.versionId()).with(user(student))
                .header("X-Requested-With", "XMLHttpRequest").param("seq", "1").param("q" + slot.versionId(), "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/attempts/{id}/submit", attempt).with(user(student))).andExpect(status().isForbidden());

        assertThat(fixtures.questionsOf(attempt, student).get(0).sequence()).isZero();
    }

    @Test
    void badInputIsAClientErrorWithoutDetails() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(2, Navigation.FREE), student);
        long v = fixtures.questionsOf(attempt, student).get(0).versionId();

        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/attempts/not-a-uuid"),
                get("/quizzes/abc"),
                post("/attempts/{id}/answers/abc", attempt).param("seq", "1"),
                post("/attempts/{id}/answers/{v}", attempt, v).param("q" + v, "x"),
                post("/attempts/{id}/answers/{v}", attempt, v).param("seq", "soon"),
                post("/attempts/{id}/answers/{v}", attempt, v).param("seq", "0"),
                post("/attempts/{id}/answers/{v}", attempt, v).param("seq", "1").param("q" + v + "[abc]", "x"),
                post("/attempts/{id}/answers/0", attempt).param("seq", "1"),
                post("/attempts/{id}/flags/0", attempt).param("flagged", "true").header("X-Requested-With", "XMLHttpRequest"),
                post("/attempts/{id}/flags/{v}", attempt, v).param("flagged", "maybe"),
                post("/attempts/{id}", attempt).param("action", "explode"),
                post("/attempts/{id}", attempt).param("action", "next"),
                post("/attempts/{id}", attempt).param("action", "save").param("seq-" + v, "x"),
                post("/attempts/{id}", attempt).param("action", "flag-zz"));
        for (var request : requests) {
            var body = mvc.perform(request.with(user(student)).with(csrf()))
                    .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("Exception").doesNotContain("at app.steppe");
        }
    }

    @Test
    void sequentialNavigationCannotBeBypassedByADirectRequest() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.startedAttempt(fixtures.anOpenQuiz(4, Navigation.SEQUENTIAL), student);
        var slots = fixtures.questionsOf(attempt, student);
        var second = slots.get(1);

        mvc.perform(autosave(attempt, student, second.versionId(), anAnswerTo(second, "ahead"), 1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.outcome").value("REFUSED_NOT_REACHABLE"));
        mvc.perform(post("/attempts/{id}", attempt).param("action", "next").param("position", "2")
                .with(user(student)).with(csrf())).andExpect(redirectedUrl("/attempts/" + attempt));
        assertThat(attempts.taking(attempt, student.id(), fixtures.now()).currentPosition()).isZero();

        mvc.perform(post("/attempts/{id}", attempt).param("action", "next").param("position", "1")
                .with(user(student)).with(csrf())).andExpect(redirectedUrl("/attempts/" + attempt));
        mvc.perform(post("/attempts/{id}", attempt).param("action", "next").param("position", "0")
                .with(user(student)).with(csrf())).andExpect(redirectedUrl("/attempts/" + attempt));
        var first = slots.get(0);
        mvc.perform(autosave(attempt, student, first.versionId(), anAnswerTo(first, "back"), 2))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.outcome").value("REFUSED_NOT_REACHABLE"));

        var now = attempts.taking(attempt, student.id(), fixtures.now());
        assertThat(now.currentPosition()).isEqualTo(1);
        assertThat(now.questions().get(0).answered()).isFalse();
        var page = Jsoup.parse(mvc.perform(get("/attempts/{id}", attempt).with(user(student)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".attempt-question")).hasSize(1);
        assertThat(page.select(".attempt-question").attr("data-version-id")).isEqualTo(String.valueOf(second.versionId()));
    }

    @Test
    void savesAndSubmitsAfterTheDeadlineAndGraceAreRefused() throws Exception {
        var student = fixtures.aStudent();
        var attempt = fixtures.anAttemptPastItsDeadline(student);
        var slot = fixtures.questionsOf(attempt, student).get(0);

        mvc.perform(autosave(attempt, student, slot.versionId(), anAnswerTo(slot, "late"), Long.MAX_VALUE / 2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.outcome").value("REFUSED_AFTER_DEADLINE"))
                .andExpect(jsonPath("$.finished").value(true))
                .andExpect(jsonPath("$.remainingMs").value(0));
        mvc.perform(post("/attempts/{id}/submit", attempt).with(user(student)).with(csrf())
                .header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("REFUSED_AFTER_DEADLINE"));
        mvc.perform(get("/attempts/{id}", attempt).with(user(student)))
                .andExpect(redirectedUrl("/attempts/" + attempt + "/review"));
        assertThat(fixtures.questionsOf(attempt, student).get(0).answered()).isFalse();
    }

    @Test
    void aScriptWhoseSessionEndedGets401AndAPageGetsTheLoginPage() throws Exception {
        UUID any = UUID.randomUUID();
        mvc.perform(get("/attempts/{id}/token", any).header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/attempts/{id}/token", any).accept("application/json")).andExpect(status().isUnauthorized());
        mvc.perform(get("/attempts/{id}", any).accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/attempts/{id}", any)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theTokenEndpointGivesTheSessionsCsrfToken() throws Exception {
        AuthenticatedUser student = fixtures.aStudent();
        mvc.perform(get("/attempts/{id}/token", UUID.randomUUID()).with(user(student))
                .header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isNotEmpty())
                .andExpect(jsonPath("$.header").value("X-CSRF-TOKEN"));
    }
}
