package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.support.SteppeWebTest;

/** Sessions are real rows in the session table here: logged in through the form, carried by their cookie. */
@SteppeWebTest
class PasswordChangeSessionsWebTest {

    private static final String NEW_PASSWORD = "Juniper ferry leaves Aktau";

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private AccountFixtures fixtures;
    private UserAccount student;

    @BeforeEach
    void aStudent() {
        fixtures = new AccountFixtures(users, encoder, clock);
        student = fixtures.aStudent("sessions", "Сәуле Қасымова");
    }

    private long sessionRowsOf(UserAccount account) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").params(account.getUsername())
                .query(Long.class).single();
    }

    @Test
    void anInstructorsResetEndsEverySessionOfTheStudent() throws Exception {
        var laptop = BrowserSession.logIn(mvc, student.getUsername(), AccountFixtures.PASSWORD);
        var phone = BrowserSession.logIn(mvc, student.getUsername(), AccountFixtures.PASSWORD);
        laptop.perform(get("/quizzes")).andExpect(status().isOk());
        assertThat(sessionRowsOf(student)).isEqualTo(2);

        var instructor = AccountFixtures.principal(fixtures.anInstructor("reset"));
        mvc.perform(post("/instructor/students/{id}/password-reset", student.getId()).with(user(instructor)).with(csrf()))
                .andExpect(status().isOk());

        assertThat(sessionRowsOf(student)).isZero();
        assertThat(users.findById(student.getId()).orElseThrow().isPasswordChangeRequired()).isTrue();
        laptop.perform(get("/quizzes")).andExpect(redirectedUrl("/login"));
        // the autosave script learns that the session ended
        phone.perform(post("/profile/password").with(csrf()).header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void changingOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        var laptop = BrowserSession.logIn(mvc, student.getUsername(), AccountFixtures.PASSWORD);
        var phone = BrowserSession.logIn(mvc, student.getUsername(), AccountFixtures.PASSWORD);
        phone.perform(get("/quizzes")).andExpect(status().isOk());
        assertThat(sessionRowsOf(student)).isEqualTo(2);

        laptop.perform(post("/profile/password").with(csrf()).param("currentPassword", AccountFixtures.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("flashSuccess", "profile.passwordChanged"));

        assertThat(sessionRowsOf(student)).isEqualTo(1);
        laptop.perform(get("/quizzes")).andExpect(status().isOk());
        phone.perform(get("/quizzes")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFailedChangeEndsNoSession() throws Exception {
        var laptop = BrowserSession.logIn(mvc, student.getUsername(), AccountFixtures.PASSWORD);
        var phone = BrowserSession.logIn(mvc, student.getUsername(), AccountFixtures.PASSWORD);

        laptop.perform(post("/profile/password").with(csrf()).param("currentPassword", "not-my-password")
                        .param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
                .andExpect(status().isOk());

        assertThat(sessionRowsOf(student)).isEqualTo(2);
        phone.perform(get("/quizzes")).andExpect(status().isOk());
    }
}
