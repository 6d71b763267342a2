package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.CourseEnrollment;
import app.steppe.account.domain.Role;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class RegistrationWebTest {

    private static final String STRONG = "Marble kettle orbits quietly";

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired CourseEnrollment enrollment;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    private ResultActions register(String username, String displayName, String password, String confirmation, String code)
            throws Exception {
        return mvc.perform(post("/register").with(csrf())
                .param("username", username).param("displayName", displayName).param("email", "")
                .param("password", password).param("passwordConfirmation", confirmation)
                .param("enrollmentCode", code));
    }

    private String rightCode() {
        return enrollment.currentCode().value();
    }

    @Test
    void registersAStudentWithTheRightCodeAndAKazakhNameThatRoundTrips() throws Exception {
        String username = AccountFixtures.uniqueUsername("Aigerim");

        register(username, "Айгерім Нұрланқызы", STRONG, STRONG, rightCode().toLowerCase())
                .andExpect(redirectedUrl("/login?registered"));

        UserAccount saved = users.findByUsername(username.toLowerCase()).orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Айгерім Нұрланқызы");
        assertThat(saved.getRole()).isEqualTo(Role.STUDENT);
        var login = new LoginAttempts(mvc).login(username, STRONG, AccountFixtures.uniqueAddress());
        assertThat(LoginAttempts.succeeded(login)).isTrue();
        mvc.perform(get("/").cookie(login.getResponse().getCookies()))
                .andExpect(content().string(containsString("Welcome, Айгерім Нұрланқызы")));
    }

    @Test
    void theLoginPageSaysTheAccountIsReady() throws Exception {
        mvc.perform(get("/login?registered")).andExpect(content().string(containsString("Your account is ready")));
    }

    @Test
    void aWrongCodeIsAFieldErrorAndNothingIsSaved() throws Exception {
        String username = AccountFixtures.uniqueUsername("wrongcode");
        String wrong = rightCode().equals("KZ-2222-2222") ? "KZ-3333-3333" : "KZ-2222-2222";

        register(username, "Дмитрий Иванов", STRONG, STRONG, wrong)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "enrollmentCode", "account.enrollmentCode.wrong"))
                .andExpect(content().string(allOf(containsString("id=\"enrollmentCode-error\""),
                        containsString("This enrollment code is not valid"))));

        assertThat(users.existsByUsername(username)).isFalse();
    }

    @Test
    void aWeakPasswordIsAFieldErrorWithZxcvbnsAdviceAndNothingIsSaved() throws Exception {
        String username = AccountFixtures.uniqueUsername("weak");

        register(username, "Дмитрий Иванов", "password1234", "password1234", rightCode())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "password", "account.password.weak"))
                .andExpect(content().string(allOf(containsString("id=\"password-error\""),
                        containsString("This password is too easy to guess. This is a very common password."),
                        containsString("Add another word or two."),
                        not(containsString("value=\"password1234\"")))));

        assertThat(users.existsByUsername(username)).isFalse();
    }

    @Test
    void aShortPasswordIsAFieldError() throws Exception {
        register(AccountFixtures.uniqueUsername("short"), "Short", "Zq7#kd9!x", "Zq7#kd9!x", rightCode())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "password", "account.password.tooShort"))
                .andExpect(content().string(containsString("Use at least 10 characters.")));
    }

    @Test
    void aTakenUsernameInAnyCaseIsAFieldError() throws Exception {
        var fixtures = new AccountFixtures(users, encoder, clock);
        String taken = fixtures.aStudent("taken", "Сәуле Қасымова").getUsername();

        register(taken.toUpperCase(), "Someone Else", STRONG, STRONG, rightCode())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "username", "account.username.taken"))
                .andExpect(content().string(containsString("This username is already taken.")));

        assertThat(users.findByUsername(taken).orElseThrow().getDisplayName()).isEqualTo("Сәуле Қасымова");
    }

    @Test
    void aUsernameWithSpacesOrTooShortIsAFieldError() throws Exception {
        register("Ivan Petrov", "Иван Петров", STRONG, STRONG, rightCode())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "username", "account.username.invalid"));
        register("iv", "Иван Петров", STRONG, STRONG, rightCode())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "username", "account.username.invalid"));

        assertThat(users.existsByUsername("iv")).isFalse();
    }

    @Test
    void aConfirmationThatDiffersIsAFieldError() throws Exception {
        String username = AccountFixtures.uniqueUsername("mismatch");

        register(username, "Mismatch", STRONG, STRONG + "!", rightCode())
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "passwordConfirmation", "account.password.mismatch"));

        assertThat(users.existsByUsername(username)).isFalse();
    }

    @Test
    void everyProblemIsShownAtOnceNextToItsField() throws Exception {
        register("", "", "", "", "")
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "username", "account.field.required"))
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "displayName", "account.field.required"))
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "password", "account.password.tooShort"))
                .andExpect(model().attributeHasFieldErrorCode("registrationForm", "enrollmentCode", "account.field.required"));
    }
}
