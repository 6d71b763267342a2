package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class ProfileWebTest {

    private static final String NEW_PASSWORD = "Copper lantern drifts eastward";

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    private UserAccount student;

    @BeforeEach
    void aStudent() {
        student = new AccountFixtures(users, encoder, clock).aStudent("profile", "Сәуле Қасымова");
    }

    private ResultActions changePassword(String current, String newPassword, String confirmation) throws Exception {
        return mvc.perform(post("/profile/password").with(user(AccountFixtures.principal(student))).with(csrf())
                .param("currentPassword", current).param("newPassword", newPassword)
                .param("newPasswordConfirmation", confirmation));
    }

    private String storedHash() {
        return users.findById(student.getId()).orElseThrow().toPrincipal().getPassword();
    }

    @Test
    void showsNameUsernameAndRole() throws Exception {
        mvc.perform(get("/profile").with(user(AccountFixtures.principal(student))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Сәуле Қасымова"), containsString(student.getUsername()),
                        containsString("Student"))));
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
        changePassword(AccountFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("flashSuccess", "profile.passwordChanged"));

        assertThat(encoder.matches(NEW_PASSWORD, storedHash())).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsAFieldErrorAndChangesNothing() throws Exception {
        changePassword("Not-My-Password-Really", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword", "account.password.wrongCurrent"))
                .andExpect(content().string(allOf(containsString("id=\"currentPassword-error\""),
                        containsString("This is not your current password."))));

        assertThat(encoder.matches(AccountFixtures.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void aWeakNewPasswordIsRefusedWithAdvice() throws Exception {
        changePassword(AccountFixtures.PASSWORD, "qwertyuiop12", "qwertyuiop12")
                .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword", "account.password.weak"))
                .andExpect(content().string(containsString("This password is too easy to guess.")));

        assertThat(encoder.matches(AccountFixtures.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void aNewPasswordThatIsTheUsernameIsRefused() throws Exception {
        String username = student.getUsername(); // e.g. "profile-12-3456": long enough, but the person's own name
        changePassword(AccountFixtures.PASSWORD, username, username)
                .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword", "account.password.weak"));
    }

    @Test
    void aConfirmationThatDiffersIsAFieldError() throws Exception {
        changePassword(AccountFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "?")
                .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPasswordConfirmation",
                        "account.password.mismatch"));

        assertThat(encoder.matches(AccountFixtures.PASSWORD, storedHash())).isTrue();
    }
}
