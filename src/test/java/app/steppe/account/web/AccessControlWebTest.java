package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.CourseEnrollment;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class AccessControlWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired CourseEnrollment enrollment;
    @Autowired Clock clock;

    private AccountFixtures fixtures;
    private UserAccount student;
    private AuthenticatedUser studentPrincipal;
    private AuthenticatedUser instructor;

    @BeforeEach
    void accounts() {
        fixtures = new AccountFixtures(users, encoder, clock);
        student = fixtures.aStudent("access", "Дмитрий Иванов");
        studentPrincipal = AccountFixtures.principal(student);
        instructor = AccountFixtures.principal(fixtures.anInstructor("access-teacher"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/instructor/students")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theRegistrationAndLoginPagesAreOpenToAnonymousVisitors() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void aStudentMayNotOpenTheStudentsPage() throws Exception {
        mvc.perform(get("/instructor/students").with(user(studentPrincipal))).andExpect(status().isForbidden());
    }

    @Test
    void aStudentIsRefusedEveryInstructorActionAndNothingChanges() throws Exception {
        String codeBefore = enrollment.currentCode().value();
        String otherUsername = AccountFixtures.uniqueUsername("sneaky");
        var roster = new MockMultipartFile("file", "roster.csv", "text/csv",
                (AccountFixtures.uniqueUsername("sneaky") + ",Sneaky\n").getBytes(StandardCharsets.UTF_8));

        mvc.perform(post("/instructor/enrollment-code").with(user(studentPrincipal)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/instructor/students").param("username", otherUsername).param("displayName", "Sneaky")
                .with(user(studentPrincipal)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/instructor/students/import").file(roster).with(user(studentPrincipal)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/instructor/students/{id}/password-reset", student.getId()).with(user(studentPrincipal)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/instructor/students/{id}/unlock", student.getId()).with(user(studentPrincipal)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(enrollment.currentCode().value()).isEqualTo(codeBefore);
        assertThat(users.existsByUsername(otherUsername)).isFalse();
        assertThat(encoder.matches(AccountFixtures.PASSWORD, passwordHashOf(student))).isTrue();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        String username = AccountFixtures.uniqueUsername("nocsrf");

        mvc.perform(post("/register").param("username", username).param("displayName", "No Token")
                .param("password", "Marble kettle orbits quietly").param("passwordConfirmation", "Marble kettle orbits quietly")
                .param("enrollmentCode", enrollment.currentCode().value()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/instructor/students").param("username", username).param("displayName", "No Token")
                .with(user(instructor))).andExpect(status().isForbidden());

        assertThat(users.existsByUsername(username)).isFalse();
    }

    @Test
    void instructorActionsOnSomeoneWhoIsNotAStudentAreNotFound() throws Exception {
        mvc.perform(post("/instructor/students/{id}/password-reset", instructor.id()).with(user(instructor)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/instructor/students/{id}/unlock", instructor.id()).with(user(instructor)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/instructor/students/{id}/password-reset", Long.MAX_VALUE).with(user(instructor)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void instructorActionsCannotBeTriggeredByAGet() throws Exception {
        mvc.perform(get("/instructor/students/{id}/password-reset", student.getId()).with(user(instructor)))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/instructor/enrollment-code").with(user(instructor))).andExpect(status().isMethodNotAllowed());

        assertThat(encoder.matches(AccountFixtures.PASSWORD, passwordHashOf(student))).isTrue();
    }

    private String passwordHashOf(UserAccount account) {
        return users.findById(account.getId()).orElseThrow().toPrincipal().getPassword();
    }
}
