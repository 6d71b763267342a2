package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.ApiTokens;
import app.steppe.account.domain.IssuedCredentials;
import app.steppe.account.domain.RosterImport;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class TemporaryPasswordWebTest {

    private static final String OWN_PASSWORD = "Saffron caravan crosses Turkestan";

    @Autowired MockMvc mvc;
    @Autowired RosterImport rosterImport;
    @Autowired UserAccountRepository users;
    @Autowired ApiTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    private IssuedCredentials aStudentFromARoster() {
        String username = AccountFixtures.uniqueUsername("roster");
        byte[] csv = (username + ",Асқар Бекұлы,\n").getBytes(StandardCharsets.UTF_8);
        return rosterImport.importRoster(csv).imported().get(0);
    }

    private UserAccount account(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Document profilePage(BrowserSession browser) throws Exception {
        return Jsoup.parse(browser.perform(get("/profile")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aStudentFromARosterMustChooseTheirOwnPasswordBeforeAnythingElse() throws Exception {
        IssuedCredentials credentials = aStudentFromARoster();
        assertThat(account(credentials.username()).isPasswordChangeRequired()).isTrue();
        var student = BrowserSession.logIn(mvc, credentials.username(), credentials.temporaryPassword());

        student.perform(get("/quizzes")).andExpect(redirectedUrl("/profile"));
        student.perform(get("/study")).andExpect(redirectedUrl("/profile"));
        Document profile = profilePage(student);
        assertThat(profile.getElementById("password-change-required").attr("role")).isEqualTo("alert");
        assertThat(profile.getElementById("password-change-required").text()).contains("temporary password");
        assertThat(profile.getElementById("password-form")).isNotNull();
        assertThat(profile.getElementById("api-token-form")).isNull();

        student.perform(post("/profile/api-tokens").param("name", "before changing").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(tokens.of(account(credentials.username()).getId())).isEmpty();

        student.perform(post("/profile/password").with(csrf()).param("currentPassword", credentials.temporaryPassword())
                        .param("newPassword", OWN_PASSWORD).param("newPasswordConfirmation", OWN_PASSWORD))
                .andExpect(redirectedUrl("/profile"));

        UserAccount changed = account(credentials.username());
        assertThat(changed.isPasswordChangeRequired()).isFalse();
        assertThat(encoder.matches(OWN_PASSWORD, changed.toPrincipal().getPassword())).isTrue();
        // the same session, without logging in again
        student.perform(get("/quizzes")).andExpect(status().isOk());
        student.perform(get("/study")).andExpect(status().isOk());
        assertThat(profilePage(student).getElementById("password-change-required")).isNull();
    }

    @Test
    void aWrongCurrentPasswordKeepsTheStudentOnTheProfilePage() throws Exception {
        IssuedCredentials credentials = aStudentFromARoster();
        var student = BrowserSession.logIn(mvc, credentials.username(), credentials.temporaryPassword());

        student.perform(post("/profile/password").with(csrf()).param("currentPassword", "not-the-temporary-one")
                        .param("newPassword", OWN_PASSWORD).param("newPasswordConfirmation", OWN_PASSWORD))
                .andExpect(status().isOk());

        assertThat(account(credentials.username()).isPasswordChangeRequired()).isTrue();
        student.perform(get("/quizzes")).andExpect(redirectedUrl("/profile"));
    }

    @Test
    void aStudentWhoMustChangeTheirPasswordCanStillLoadStylesAndLogOut() throws Exception {
        IssuedCredentials credentials = aStudentFromARoster();
        var student = BrowserSession.logIn(mvc, credentials.username(), credentials.temporaryPassword());

        student.perform(get("/css/steppe.css")).andExpect(status().isOk());
        student.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
        student.perform(get("/quizzes")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aResetRevokesTheStudentsTokensAndBearerCallsAreNeverSentToTheProfilePage() throws Exception {
        // A token made with the student's own password, then the instructor resets it.
        var student = new AccountFixtures(users, encoder, clock).aStudent("token-reset", "Ерлан Серікұлы");
        var before = tokens.create(student.getId(), "script", clock.instant()).issued().orElseThrow();
        var instructor = AccountFixtures.principal(new AccountFixtures(users, encoder, clock).anInstructor("resetter"));
        mvc.perform(post("/instructor/students/{id}/password-reset", student.getId()).with(user(instructor)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(account(student.getUsername()).isPasswordChangeRequired()).isTrue();

        mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer " + before.token()))
                .andExpect(status().isUnauthorized());
        // a token that exists while a change is pending (the page cannot make one then) answers, never redirects
        var after = tokens.create(student.getId(), "script", clock.instant()).issued().orElseThrow();
        mvc.perform(get("/api/v1/quizzes").header(HttpHeaders.AUTHORIZATION, "Bearer " + after.token()))
                .andExpect(status().isOk());
    }
}
