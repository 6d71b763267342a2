package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.ApiTokens;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.support.SteppeWebTest;

/** Personal API tokens: made on the profile page, shown once, stored hashed, revoked for good. */
@SteppeWebTest
class ApiTokenWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private UserAccount student;

    @BeforeEach
    void aStudent() {
        student = new AccountFixtures(users, encoder, clock).aStudent("token-owner", "Token Owner");
    }

    @Test
    void tokenCreatedOnTheProfilePageIsShownOnceAndWorksAsBearer() throws Exception {
        var page = mvc.perform(post("/profile/api-tokens").param("name", "grading script")
                        .with(user(AccountFixtures.principal(student))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        String token = Jsoup.parse(page).getElementById("new-api-token-value").text();
        assertThat(token).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
        assertThat(Jsoup.parse(page).select("#api-tokens td").eachText()).contains("grading script");

        mvc.perform(get("/profile").with(user(AccountFixtures.principal(student))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("grading script")))
                .andExpect(content().string(not(containsString(token))));

        mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        var issued = tokens.create(student.getId(), "stored", clock.instant()).issued().orElseThrow();
        var row = jdbc.sql("SELECT name, token_hash FROM api_token WHERE id = ?").params(issued.id())
                .query((rs, n) -> rs.getString("name") + " " + rs.getString("token_hash")).single();
        assertThat(row).doesNotContain(issued.token()).matches("stored [0-9a-f]{64}");
    }

    @Test
    void revokedTokenIsRefusedWith401() throws Exception {
        var issued = tokens.create(student.getId(), "to revoke", clock.instant()).issued().orElseThrow();
        mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isOk());

        mvc.perform(post("/profile/api-tokens/{id}/revoke", issued.id())
                        .with(user(AccountFixtures.principal(student))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    void aBearerCallLeavesNoSessionBehind() throws Exception {
        var issued = tokens.create(student.getId(), "stateless", clock.instant()).issued().orElseThrow();
        var result = mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void anotherUserCannotRevokeMyToken() throws Exception {
        var issued = tokens.create(student.getId(), "mine", clock.instant()).issued().orElseThrow();
        var other = new AccountFixtures(users, encoder, clock).aStudent("token-thief", "Thief");
        mvc.perform(post("/profile/api-tokens/{id}/revoke", issued.id())
                        .with(user(AccountFixtures.principal(other))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        mvc.perform(post("/profile/api-tokens").param("name", "  ")
                        .with(user(AccountFixtures.principal(student))).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(not(containsString("new-api-token-value"))));
        assertThat(tokens.of(student.getId())).isEmpty();
    }

    @Test
    void unknownTokenOrNoCredentialIsA401ProblemNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer stp_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/quizzes"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/v1/quizzes"));
    }

    @Test
    void thePagesKeepTheirLoginRedirectAnd403Page() throws Exception {
        mvc.perform(get("/quizzes")).andExpect(status().is3xxRedirection());
        var denied = mvc.perform(get("/instructor/students").with(user(AccountFixtures.principal(student))))
                .andExpect(status().isForbidden())
                .andReturn().getResponse();
        assertThat(denied.getContentType()).isNull(); // sendError: the 403 page is rendered by the error dispatch
        assertThat(denied.getContentAsString()).doesNotContain("\"status\"");
    }

    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        var issued = tokens.create(student.getId(), "explorer", clock.instant()).issued().orElseThrow();
        mvc.perform(get("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theProfilePageStillRejectsATokenCreationWithoutCsrf() throws Exception {
        mvc.perform(post("/profile/api-tokens").param("name", "forged").with(user(AccountFixtures.principal(student))))
                .andExpect(status().isForbidden());
        assertThat(tokens.of(student.getId())).isEmpty();
    }
}
