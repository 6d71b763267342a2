package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.CourseEnrollment;
import app.steppe.account.domain.Role;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class EnrollmentCodeWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired CourseEnrollment enrollment;
    @Autowired Clock clock;

    private AccountFixtures fixtures;
    private AuthenticatedUser instructor;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(users, encoder, clock);
        instructor = AccountFixtures.principal(fixtures.anInstructor("home"));
    }

    @Test
    void theCourseHasAReadableCodeFromTheStart() {
        assertThat(enrollment.currentCode().value()).matches("KZ-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    }

    @Test
    void anInstructorSeesTheCodeTheStudentCountAndTheWayToTheStudentsOnTheHomePage() throws Exception {
        fixtures.aStudent("counted", "Counted Student");
        long students = users.countByRole(Role.STUDENT);

        mvc.perform(get("/").with(user(instructor)))
                .andExpect(content().string(allOf(
                        containsString(enrollment.currentCode().value()),
                        containsString("Students in the course: " + students),
                        containsString("href=\"/instructor/enrollment-code/regenerate\""),
                        containsString("href=\"/instructor/students\""))));
    }

    @Test
    void aStudentDoesNotSeeTheCode() throws Exception {
        var student = AccountFixtures.principal(fixtures.aStudent("nosee", "No See"));

        mvc.perform(get("/").with(user(student)))
                .andExpect(content().string(not(containsString(enrollment.currentCode().value()))));
    }

    @Test
    void regeneratingAsksFirstShowingTheCodeThatWillStopWorkingAndChangesNothingYet() throws Exception {
        String old = enrollment.currentCode().value();

        mvc.perform(get("/instructor/enrollment-code/regenerate").with(user(instructor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(old),
                        containsString("action=\"/instructor/enrollment-code\""))));

        assertThat(enrollment.currentCode().value()).isEqualTo(old);
        var student = AccountFixtures.principal(fixtures.aStudent("noregen", "No Regen"));
        mvc.perform(get("/instructor/enrollment-code/regenerate").with(user(student)))
                .andExpect(status().isForbidden());
    }

    @Test
    void regeneratingMakesANewCodeAndTheOldOneStopsWorking() throws Exception {
        String old = enrollment.currentCode().value();

        mvc.perform(post("/instructor/enrollment-code").with(user(instructor)).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("flashSuccess", "enrollment.regenerated"));

        String fresh = enrollment.currentCode().value();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(enrollment.admits(old)).isFalse();
        assertThat(enrollment.admits(fresh)).isTrue();
    }
}
