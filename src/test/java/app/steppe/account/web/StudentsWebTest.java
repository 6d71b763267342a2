package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class StudentsWebTest {

    /** A row of the credentials table: username cell, then temporary password cell. */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "<td class=\"font-monospace\">([^<]+)</td>\\s*<td class=\"font-monospace\">([a-z2-9]{4}(?:-[a-z2-9]{4}){3})</td>");

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    private AccountFixtures fixtures;
    private AuthenticatedUser instructor;
    private LoginAttempts attempts;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(users, encoder, clock);
        instructor = AccountFixtures.principal(fixtures.anInstructor("teacher"));
        attempts = new LoginAttempts(mvc);
    }

    @Test
    void createsAStudentWithARussianNameAndShowsTheTemporaryPasswordThatWorksOnce() throws Exception {
        String username = AccountFixtures.uniqueUsername("dmitry");

        MvcResult created = mvc.perform(post("/instructor/students").with(user(instructor)).with(csrf())
                        .param("username", username).param("displayName", "Дмитрий Иванов").param("email", "d@example.kz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("It is shown only on this page"))).andReturn();

        Map<String, String> credentials = credentialsOn(created);
        assertThat(credentials).containsOnlyKeys(username);
        assertThat(users.findByUsername(username).orElseThrow().getDisplayName()).isEqualTo("Дмитрий Иванов");
        mvc.perform(get("/instructor/students").with(user(instructor)))
                .andExpect(content().string(allOf(containsString(username), containsString("Дмитрий Иванов"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(credentials.get(username)))));

        assertThat(LoginAttempts.succeeded(attempts.login(username, credentials.get(username), AccountFixtures.uniqueAddress())))
                .isTrue();
        // The cheap hash of the temporary password was replaced by a normal-cost one at login.
        assertThat(users.findByUsername(username).orElseThrow().toPrincipal().getPassword()).startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void aStudentWithABadUsernameIsNotCreatedAndTheFormSaysWhy() throws Exception {
        mvc.perform(post("/instructor/students").with(user(instructor)).with(csrf())
                        .param("username", "Ivan Petrov").param("displayName", "").param("email", "nope"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("newStudentForm", "username", "account.username.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("newStudentForm", "displayName", "account.field.required"))
                .andExpect(model().attributeHasFieldErrorCode("newStudentForm", "email", "account.email.invalid"));
    }

    @Test
    void importsARosterWithBomAndHeaderAndKazakhNamesRoundTrip() throws Exception {
        String aigerim = AccountFixtures.uniqueUsername("aigerim");
        String yerlan = AccountFixtures.uniqueUsername("yerlan");
        String csv = "\uFEFFusername,display name,email\n" + aigerim + ",Айгерім Нұрланқызы,aigerim@example.kz\n"
                + yerlan.toUpperCase() + ",\"Серікұлы, Ерлан\",\n";

        MvcResult result = mvc.perform(multipart("/instructor/students/import").file(roster(csv))
                        .with(user(instructor)).with(csrf()))
                .andExpect(status().isOk()).andReturn();

        Map<String, String> credentials = credentialsOn(result);
        assertThat(credentials.keySet()).containsExactly(aigerim, yerlan);
        assertThat(users.findByUsername(aigerim).orElseThrow().getDisplayName()).isEqualTo("Айгерім Нұрланқызы");
        assertThat(users.findByUsername(yerlan).orElseThrow().getDisplayName()).isEqualTo("Серікұлы, Ерлан");
        mvc.perform(get("/instructor/students").with(user(instructor)))
                .andExpect(content().string(allOf(containsString("Айгерім Нұрланқызы"), containsString("Серікұлы, Ерлан"))));
        assertThat(LoginAttempts.succeeded(attempts.login(yerlan, credentials.get(yerlan), AccountFixtures.uniqueAddress())))
                .isTrue();
    }

    @Test
    void aRosterWithBadRowsImportsNobodyAndTheReportNamesEveryBadRow() throws Exception {
        String good = AccountFixtures.uniqueUsername("good");
        String alsoGood = AccountFixtures.uniqueUsername("alsogood");
        String taken = fixtures.aStudent("taken", "Already Here").getUsername();
        String csv = "username,display name,email\n"
                + good + ",Асқар Бекұлы,\n"
                + "bad name,Иван Петров,\n"
                + alsoGood + ",Сәуле Қасымова,\n"
                + taken + ",Someone Else,\n"
                + good + ",Асқар Again,\n";

        mvc.perform(multipart("/instructor/students/import").file(roster(csv)).with(user(instructor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Nothing was imported"),
                        containsString("<th scope=\"row\">3</th>"),
                        containsString("The username “bad name” is not allowed"),
                        containsString("<th scope=\"row\">5</th>"),
                        containsString("The username “" + taken + "” is already taken."),
                        containsString("<th scope=\"row\">6</th>"),
                        containsString("already appears in row 2"))));

        assertThat(users.existsByUsername(good)).isFalse();
        assertThat(users.existsByUsername(alsoGood)).isFalse();
    }

    @Test
    void aRosterThatIsNotUtf8IsRefusedAsAWhole() throws Exception {
        byte[] windows1251 = "ivan.p,Иван Петров\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));

        mvc.perform(multipart("/instructor/students/import").file(new MockMultipartFile("file", "r.csv", "text/csv", windows1251))
                        .with(user(instructor)).with(csrf()))
                .andExpect(content().string(allOf(containsString("Whole file"), containsString("is not UTF-8"))));

        assertThat(users.existsByUsername("ivan.p")).isFalse();
    }

    @Test
    void resettingAPasswordShowsANewTemporaryPasswordAndTheOldOneStopsWorking() throws Exception {
        UserAccount student = fixtures.aStudent("forgetful", "Forgetful Student");

        MvcResult reset = mvc.perform(post("/instructor/students/{id}/password-reset", student.getId())
                        .with(user(instructor)).with(csrf()))
                .andExpect(status().isOk()).andReturn();

        String temporary = credentialsOn(reset).get(student.getUsername());
        assertThat(temporary).isNotNull();
        assertThat(LoginAttempts.succeeded(attempts.login(student.getUsername(), AccountFixtures.PASSWORD,
                AccountFixtures.uniqueAddress()))).isFalse();
        assertThat(LoginAttempts.succeeded(attempts.login(student.getUsername(), temporary,
                AccountFixtures.uniqueAddress()))).isTrue();
    }

    private static MockMultipartFile roster(String csv) {
        return new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> credentialsOn(MvcResult page) throws Exception {
        var matcher = CREDENTIAL.matcher(page.getResponse().getContentAsString());
        Map<String, String> credentials = new LinkedHashMap<>();
        while (matcher.find()) {
            credentials.put(matcher.group(1), matcher.group(2));
        }
        return credentials;
    }
}
