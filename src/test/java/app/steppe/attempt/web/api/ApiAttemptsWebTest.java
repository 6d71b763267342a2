package app.steppe.attempt.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.ApiTokens;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.support.SteppeWebTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Taking a quiz through the API: the rules of the pages (roles, ownership, deadlines, review options). */
@SteppeWebTest
class ApiAttemptsWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired ApiTokens tokens;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired JdbcClient jdbc;

    private AttemptFixtures quizzes;
    private UserAccount studentA;
    private String tokenA;
    private String tokenB;

    @BeforeEach
    void fixtures() {
        quizzes = new AttemptFixtures(publisher, bank);
        var accounts = new AccountFixtures(users, encoder, clock);
        studentA = accounts.aStudent("api-taker-a", "Taker A");
        var studentB = accounts.aStudent("api-taker-b", "Taker B");
        tokenA = token(studentA);
        tokenB = token(studentB);
    }

    private String token(UserAccount account) {
        return tokens.create(account.getId(), "test", clock.instant()).issued().orElseThrow().token();
    }

    private long aQuizWithReview(ReviewTiming review) {
        return quizzes.publish(AttemptFixtures.settings(clock.instant().minus(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(30)), 3, Navigation.FREE, review, 2));
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private JsonNode start(long quizId, String token) throws Exception {
        var body = mvc.perform(as(token, post("/api/v1/quizzes/{id}/attempts", quizId)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    /** An answer to the first question: its first choice, "true", or a typed text. */
    private static String anAnswer(JsonNode question) {
        var view = question.get("question");
        String value = view.get("choices").isEmpty() ? "2030" : view.get("choices").get(0).get("value").asString();
        return "{\"fields\": {\"\": [" + JSON.writeValueAsString(value) + "]}, \"sequence\": 1}";
    }

    private JsonNode save(String token, JsonNode attempt, int status) throws Exception {
        var question = attempt.get("questions").get(0);
        var body = mvc.perform(as(token, put("/api/v1/attempts/{id}/answers/{q}", attempt.get("id").asString(),
                                question.get("questionId").asLong()))
                        .contentType(MediaType.APPLICATION_JSON).content(anAnswer(question)))
                .andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    /** Every explanation of the shipped set: none may appear in what a student gets before review allows. */
    private List<String> explanations() {
        long setId = quizzes.shippedSetId();
        var ids = bank.questions(setId).stream().map(QuestionBankApi.QuestionRef::versionId).toList();
        var texts = new ArrayList<String>();
        bank.asked(ids).values().forEach(q -> {
            if (q.content().explanation() != null && q.content().explanation().strip().length() > 20) {
                texts.add(q.content().explanation().strip().substring(0, 20));
            }
        });
        return texts;
    }

    private void assertNoAnswerKey(String json) {
        assertThat(json).doesNotContain("\"correct\"", "\"accepted\"", "\"explanation\"", "\"pairs\"", "\"order\"");
        for (String explanation : explanations()) {
            assertThat(JSON.readTree(json).toString()).doesNotContain(JSON.writeValueAsString(explanation).replace("\"", ""));
        }
    }

    @Test
    void aStudentStartsSavesSubmitsAndReadsTheResultWithoutAKeyWhenReviewIsNever() throws Exception {
        long quiz = aQuizWithReview(ReviewTiming.NEVER);
        var attempt = start(quiz, tokenA);
        assertThat(attempt.get("questions")).hasSize(3);
        assertNoAnswerKey(attempt.toString());

        var saved = save(tokenA, attempt, 200);
        assertThat(saved.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertNoAnswerKey(saved.toString());

        String id = attempt.get("id").asString();
        mvc.perform(as(tokenA, get("/api/v1/attempts/{id}/result", id)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("IN_PROGRESS"));

        var submitted = mvc.perform(as(tokenA, post("/api/v1/attempts/{id}/submit", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shown.score").value(false))
                .andExpect(jsonPath("$.score").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertNoAnswerKey(submitted);

        var result = mvc.perform(as(tokenA, get("/api/v1/attempts/{id}/result", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").doesNotExist())
                .andExpect(jsonPath("$.questions[0].answer").exists())
                .andExpect(jsonPath("$.questions[0].verdict").doesNotExist())
                .andExpect(jsonPath("$.questions[0].points").doesNotExist())
                .andExpect(jsonPath("$.questions[0].correctAnswer").doesNotExist())
                .andExpect(jsonPath("$.questions[0].feedback").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertNoAnswerKey(result);
    }

    @Test
    void theResultShowsScoreAndKeyWhenReviewIsImmediate() throws Exception {
        long quiz = aQuizWithReview(ReviewTiming.IMMEDIATELY);
        var attempt = start(quiz, tokenA);
        assertNoAnswerKey(attempt.toString());
        save(tokenA, attempt, 200);
        String id = attempt.get("id").asString();
        mvc.perform(as(tokenA, post("/api/v1/attempts/{id}/submit", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score.max").exists())
                .andExpect(jsonPath("$.questions[0].verdict").exists())
                .andExpect(jsonPath("$.questions[0].correctAnswer").exists())
                .andExpect(jsonPath("$.questions[0].feedback").exists());
    }

    @Test
    void anotherStudentsAttemptIsNotFoundForReadSaveSubmitAndResult() throws Exception {
        long quiz = aQuizWithReview(ReviewTiming.IMMEDIATELY);
        var attempt = start(quiz, tokenA);
        String id = attempt.get("id").asString();

        mvc.perform(as(tokenB, get("/api/v1/attempts/{id}", id)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        save(tokenB, attempt, 404);
        mvc.perform(as(tokenB, post("/api/v1/attempts/{id}/submit", id))).andExpect(status().isNotFound());
        mvc.perform(as(tokenB, get("/api/v1/attempts/{id}/result", id))).andExpect(status().isNotFound());

        // untouched: A can still save and submit
        save(tokenA, attempt, 200);
        mvc.perform(as(tokenA, post("/api/v1/attempts/{id}/submit", id))).andExpect(status().isOk());
    }

    @Test
    void saveAndSubmitAfterSubmittingAreConflicts() throws Exception {
        var attempt = start(aQuizWithReview(ReviewTiming.NEVER), tokenA);
        String id = attempt.get("id").asString();
        mvc.perform(as(tokenA, post("/api/v1/attempts/{id}/submit", id))).andExpect(status().isOk());

        mvc.perform(as(tokenA, post("/api/v1/attempts/{id}/submit", id)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.reason").value("ALREADY_SUBMITTED"));
        assertThat(save(tokenA, attempt, 409).get("reason").asString()).isEqualTo("ALREADY_SUBMITTED");
    }

    @Test
    void saveAndSubmitAfterTheDeadlineAreConflicts() throws Exception {
        var attempt = start(aQuizWithReview(ReviewTiming.NEVER), tokenA);
        String id = attempt.get("id").asString();
        // the attempt was started 31 minutes ago: its 30 minutes (and the network grace) are over
        jdbc.sql("UPDATE attempt SET started_at = ?, deadline_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(31))),
                        java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), java.util.UUID.fromString(id))
                .update();

        assertThat(save(tokenA, attempt, 409).get("reason").asString()).isIn("AFTER_DEADLINE", "ALREADY_SUBMITTED");
        mvc.perform(as(tokenA, post("/api/v1/attempts/{id}/submit", id)))
                .andExpect(status().isConflict());
        // closed at its deadline: the result can be read now
        mvc.perform(as(tokenA, get("/api/v1/attempts/{id}/result", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finishKind").value("AUTO_AT_DEADLINE"));
    }

    @Test
    void badInputIsA400ProblemWithFieldErrors() throws Exception {
        var attempt = start(aQuizWithReview(ReviewTiming.NEVER), tokenA);
        String id = attempt.get("id").asString();
        long question = attempt.get("questions").get(0).get("questionId").asLong();

        mvc.perform(as(tokenA, put("/api/v1/attempts/{id}/answers/{q}", id, question))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fields\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(as(tokenA, put("/api/v1/attempts/{id}/answers/{q}", id, question))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fields\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sequence"));
        mvc.perform(as(tokenA, put("/api/v1/attempts/{id}/answers/{q}", id, question))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fields\": {\"not-a-field\": [\"x\"]}, \"sequence\": 1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(tokenA, put("/api/v1/attempts/{id}/answers/{q}", id, 999_999_999L))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fields\": {\"\": [\"x\"]}, \"sequence\": 1}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(tokenA, get("/api/v1/attempts/{id}", "not-a-uuid")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theQuizListShowsTheStudentsStateAndInstructorsCannotStartAttempts() throws Exception {
        long quiz = aQuizWithReview(ReviewTiming.NEVER);
        var list = JSON.readTree(mvc.perform(as(tokenA, get("/api/v1/quizzes"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var mine = new ArrayList<JsonNode>();
        list.forEach(q -> {
            if (q.get("id").asLong() == quiz) {
                mine.add(q);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(mine.get(0).get("attemptsLeft").asInt()).isEqualTo(2);

        var instructor = new AccountFixtures(users, encoder, clock).anInstructor("api-instructor");
        mvc.perform(as(token(instructor), post("/api/v1/quizzes/{id}/attempts", quiz)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(tokenA, post("/api/v1/quizzes/{id}/attempts", 987_654_321L)))
                .andExpect(status().isNotFound());
    }

    @Test
    void csrfAppliesToCookieAuthenticatedApiCallsButNotToBearerCalls() throws Exception {
        long quiz = aQuizWithReview(ReviewTiming.NEVER);
        var cookieUser = user(AccountFixtures.principal(studentA));

        mvc.perform(post("/api/v1/quizzes/{id}/attempts", quiz).with(cookieUser))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/quizzes/{id}/attempts", quiz).with(cookieUser).with(csrf()))
                .andExpect(status().isCreated());
        // the bearer call needs no CSRF token (and resumes the attempt just started)
        mvc.perform(as(tokenA, post("/api/v1/quizzes/{id}/attempts", quiz)))
                .andExpect(status().isOk());
    }
}
