package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class LoginThrottleWebTest {

    private static final String WRONG = "Not-The-Password-At-All-9";
    private static final String FAILED = "Wrong username or password.";
    private static final String LOCKED = "Too many failed attempts.";

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    private AccountFixtures fixtures;
    private LoginAttempts attempts;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(users, encoder, clock);
        attempts = new LoginAttempts(mvc);
    }

    @Test
    void fiveFailuresFromOneAddressLockTheStudentThereButNotElsewhereUntilTheInstructorLiftsIt() throws Exception {
        UserAccount student = fixtures.aStudent("exam", "Айгерім Нұрланқызы");
        String classroom = AccountFixtures.uniqueAddress();
        String library = AccountFixtures.uniqueAddress();

        for (int i = 0; i < 5; i++) {
            assertThat(attempts.messageAfter(attempts.login(student.getUsername(), WRONG, classroom))).startsWith(FAILED);
        }
        MvcResult sixth = attempts.login(student.getUsername(), AccountFixtures.PASSWORD, classroom);
        assertThat(LoginAttempts.succeeded(sixth)).isFalse();
        assertThat(attempts.messageAfter(sixth)).startsWith(LOCKED);

        assertThat(LoginAttempts.succeeded(attempts.login(student.getUsername(), AccountFixtures.PASSWORD, library))).isTrue();

        var instructor = AccountFixtures.principal(fixtures.anInstructor("lifter"));
        mvc.perform(get("/instructor/students").with(user(instructor)))
                .andExpect(result -> assertThat(rowOf(result, student)).contains("Paused after failed logins"));
        mvc.perform(post("/instructor/students/{id}/unlock", student.getId()).with(user(instructor)).with(csrf()))
                .andExpect(redirectedUrl("/instructor/students"));

        assertThat(LoginAttempts.succeeded(attempts.login(student.getUsername(), AccountFixtures.PASSWORD, classroom))).isTrue();
    }

    @Test
    void anUnknownUsernameGetsTheSameMessageAsAKnownOneAndIsLockedTheSameWay() throws Exception {
        UserAccount known = fixtures.aStudent("known", "Known Student");
        String unknown = AccountFixtures.uniqueUsername("nobody");
        String address = AccountFixtures.uniqueAddress();

        String knownMessage = attempts.messageAfter(attempts.login(known.getUsername(), WRONG, address));
        String unknownMessage = attempts.messageAfter(attempts.login(unknown, WRONG, address));
        assertThat(unknownMessage).isEqualTo(knownMessage).startsWith(FAILED);

        for (int i = 0; i < 4; i++) {
            attempts.login(unknown, WRONG, address);
        }
        assertThat(attempts.messageAfter(attempts.login(unknown, WRONG, address))).startsWith(LOCKED);
    }

    @Test
    void aSuccessfulLoginForgivesEarlierFailures() throws Exception {
        UserAccount student = fixtures.aStudent("forgiven", "Forgiven Student");
        String address = AccountFixtures.uniqueAddress();

        for (int i = 0; i < 4; i++) {
            attempts.login(student.getUsername(), WRONG, address);
        }
        assertThat(LoginAttempts.succeeded(attempts.login(student.getUsername(), AccountFixtures.PASSWORD, address))).isTrue();
        for (int i = 0; i < 4; i++) {
            attempts.login(student.getUsername(), WRONG, address);
        }

        assertThat(LoginAttempts.succeeded(attempts.login(student.getUsername(), AccountFixtures.PASSWORD, address))).isTrue();
    }

    @Test
    void fiftyFailuresFromOneAddressLockEveryAccountFromThatAddress() throws Exception {
        UserAccount student = fixtures.aStudent("bystander", "Bystander");
        String address = AccountFixtures.uniqueAddress();

        for (int i = 0; i < 50; i++) {
            attempts.login(AccountFixtures.uniqueUsername("spray"), WRONG, address);
        }

        MvcResult login = attempts.login(student.getUsername(), AccountFixtures.PASSWORD, address);
        assertThat(LoginAttempts.succeeded(login)).isFalse();
        assertThat(attempts.messageAfter(login)).startsWith(LOCKED);
        assertThat(LoginAttempts.succeeded(attempts.login(student.getUsername(), AccountFixtures.PASSWORD,
                AccountFixtures.uniqueAddress()))).isTrue();
    }

    private static String rowOf(MvcResult page, UserAccount student) throws Exception {
        String html = page.getResponse().getContentAsString();
        int start = html.indexOf("id=\"student-" + student.getId() + "\"");
        assertThat(start).as("row of the student").isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
