package app.steppe.questionbank.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.ApiTokens;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.support.SteppeWebTest;
import tools.jackson.databind.json.JsonMapper;

/** Question sets through the API: instructors list, export and import; students may not. */
@SteppeWebTest
class ApiQuestionSetsWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GIFT = """
            ::Capital:: What is the capital of Kazakhstan? {=Astana ~Almaty ~Shymkent}

            ::CSTO:: The CSTO sent troops to Kazakhstan in January 2022. {T}
            """;

    @Autowired MockMvc mvc;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired ApiTokens tokens;
    @Autowired QuestionBankApi bank;

    private String instructor;
    private String student;
    private long shippedSet;

    @BeforeEach
    void tokens() {
        var accounts = new AccountFixtures(users, encoder, clock);
        instructor = token(accounts.anInstructor("api-author"));
        student = token(accounts.aStudent("api-student", "Student"));
        shippedSet = bank.sets().stream().filter(s -> s.slug().equals("kazakhstan-2022")).findFirst().orElseThrow().id();
    }

    private String token(UserAccount account) {
        return tokens.create(account.getId(), "test", clock.instant()).issued().orElseThrow().token();
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static String importBody(Map<String, Object> fields) {
        return JSON.writeValueAsString(fields);
    }

    @Test
    void anInstructorListsAndExportsSetsAsYamlAndGift() throws Exception {
        mvc.perform(as(instructor, get("/api/v1/question-sets")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem("kazakhstan-2022")));
        mvc.perform(as(instructor, get("/api/v1/question-sets/{id}/export", shippedSet).param("format", "yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("set: kazakhstan-2022")));
        mvc.perform(as(instructor, get("/api/v1/question-sets/{id}/export", shippedSet).param("format", "GIFT")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("{")));
        mvc.perform(as(instructor, get("/api/v1/question-sets/{id}/export", shippedSet).param("format", "docx")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(as(instructor, get("/api/v1/question-sets/{id}/export", 987_654_321L)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anExportedYamlSetImportsBackUnderANewSlug() throws Exception {
        String yaml = mvc.perform(as(instructor, get("/api/v1/question-sets/{id}/export", shippedSet)))
                .andReturn().getResponse().getContentAsString();
        String slug = "api-copy-" + System.nanoTime();
        String copy = yaml.replace("set: kazakhstan-2022", "set: " + slug);

        String created = mvc.perform(as(instructor, post("/api/v1/question-sets/import"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(importBody(Map.of("format", "yaml", "content", copy))))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();
        assertThat(bank.set(id).orElseThrow().slug()).isEqualTo(slug);
        assertThat(bank.questions(id)).hasSameSizeAs(bank.questions(shippedSet));

        // the same file again: its slug is taken now, and nothing is imported
        mvc.perform(as(instructor, post("/api/v1/question-sets/import"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(importBody(Map.of("format", "yaml", "content", copy))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message").exists());
    }

    @Test
    void aGiftFileImportsAsANewSetWithItsReport() throws Exception {
        String slug = "api-gift-" + System.nanoTime();
        mvc.perform(as(instructor, post("/api/v1/question-sets/import"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(importBody(Map.of("format", "gift", "content", GIFT, "slug", slug,
                                "title", "Imported by API", "readingSlug", "kazakhstan-crisis-china"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.length()").value(2))
                .andExpect(jsonPath("$.report[0].status").exists());
        assertThat(bank.sets()).anyMatch(s -> s.slug().equals(slug));
    }

    @Test
    void aGiftImportWithoutATitleIsA400WithFieldErrors() throws Exception {
        mvc.perform(as(instructor, post("/api/v1/question-sets/import"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(importBody(Map.of("format", "gift", "content", GIFT, "slug", "no-title",
                                "readingSlug", "kazakhstan-crisis-china"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(as(instructor, post("/api/v1/question-sets/import"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"format\": \"gift\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("content"));
        mvc.perform(as(instructor, post("/api/v1/question-sets/import"))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aStudentTokenCannotListExportOrImportSets() throws Exception {
        mvc.perform(as(student, get("/api/v1/question-sets")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(as(student, get("/api/v1/question-sets/{id}/export", shippedSet).param("format", "gift")))
                .andExpect(status().isForbidden());
        mvc.perform(as(student, post("/api/v1/question-sets/import"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(importBody(Map.of("format", "gift", "content", GIFT, "slug", "by-student",
                                "title", "No", "readingSlug", "kazakhstan-crisis-china"))))
                .andExpect(status().isForbidden());
        assertThat(bank.sets()).noneMatch(s -> s.slug().equals("by-student"));
    }
}
