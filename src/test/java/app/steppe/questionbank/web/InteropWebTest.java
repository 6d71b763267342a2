package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.INSTRUCTOR;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.READING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.SetSummary;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class InteropWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBankQueries queries;
    @Autowired
    QuestionBankApi api;

    private static byte[] fixture(String path) throws Exception {
        try (InputStream in = InteropWebTest.class.getResourceAsStream("/peer-fixtures/gift/" + path)) {
            return in.readAllBytes();
        }
    }

    private static MockMultipartHttpServletRequestBuilder upload(String slug, String format, byte[] file) {
        MockMultipartHttpServletRequestBuilder request = multipart("/instructor/question-sets/import");
        request.file(new MockMultipartFile("file", "questions.gift", "text/plain", file));
        request.param("slug", slug).param("title", "Imported " + slug).param("readingSlug", READING)
                .param("format", format);
        return request;
    }

    private Optional<SetSummary> setWithSlug(String slug) {
        return queries.sets().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void importsMoodlesGiftFileAsANewSetThatIsNotYetGroundedAndSaysSo() throws Exception {
        MvcResult result = mvc.perform(upload("gift-upload", "gift", fixture("moodle/questions_in_category.gift.txt"))
                .with(user(INSTRUCTOR)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();

        SetSummary set = setWithSlug("gift-upload").orElseThrow();
        assertThat(set.questionCount()).isEqualTo(4);
        assertThat(set.ungroundedCount()).isEqualTo(4);
        assertThat(api.set(set.id()).orElseThrow().grounded()).isFalse();
        InteropReport report = (InteropReport) result.getFlashMap().get("importReport");
        assertThat(report.rows()).extracting(InteropReport.Row::line).containsExactly(4, 13, 21, 26);
        assertThat(report.rows()).allMatch(row -> row.messages().stream().anyMatch(m -> m.contains("Not yet grounded")));
        Document shown = page(mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(INSTRUCTOR)))
                .andExpect(status().isOk()).andReturn());
        assertThat(shown.select("#set-ungrounded-alert").text()).contains("cannot be used in a quiz");
        assertThat(shown.select(".qb-ungrounded")).hasSize(4);
    }

    @Test
    void importsAnAikenFile() throws Exception {
        mvc.perform(upload("aiken-upload", "aiken", fixture("moodle/aiken/questions.aiken.txt"))
                .with(user(INSTRUCTOR)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(setWithSlug("aiken-upload").orElseThrow().questionCount()).isEqualTo(2);
    }

    @Test
    void refusesAFileThatIsNotUtf8WithMoodlesMessageNextToTheFieldAndSavesNothing() throws Exception {
        Document refused = page(mvc.perform(upload("cp1252-upload", "gift",
                fixture("moodle/questions_encoding_windows-1252.gift.txt")).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().is(422)).andReturn());

        assertThat(refused.select("#file-error").text()).isEqualTo(
                "The file you selected does not use UTF-8 character encoding. GIFT format files must use UTF-8.");
        assertThat(setWithSlug("cp1252-upload")).isEmpty();
    }

    @Test
    void importsNothingWhenOneQuestionIsRejectedAndReportsItsLineAndReason() throws Exception {
        byte[] gift = "::Good:: Two plus two? {=four}\n\n::Bad:: Which colour? {=red =blue ~green}\n"
                .getBytes(StandardCharsets.UTF_8);

        Document refused = page(mvc.perform(upload("half-upload", "gift", gift).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().is(422)).andReturn());

        assertThat(setWithSlug("half-upload")).isEmpty();
        assertThat(refused.select("#file-error").text()).contains("Nothing was imported");
        assertThat(refused.select("#import-report tr.import-rejected td").eachText())
                .contains("3").anyMatch(text -> text.contains("exactly one right answer"));
    }

    @Test
    void aStudentMayNeitherImportNorOpenTheImportPage() throws Exception {
        mvc.perform(get("/instructor/question-sets/import").with(user("student").roles("STUDENT")))
                .andExpect(status().isForbidden());
        mvc.perform(upload("student-upload", "gift", "Q {T}".getBytes(StandardCharsets.UTF_8))
                .with(user("student").roles("STUDENT")).with(csrf())).andExpect(status().isForbidden());
        assertThat(setWithSlug("student-upload")).isEmpty();
    }

    @Test
    void refusesAnUploadWithoutTheCsrfToken() throws Exception {
        mvc.perform(upload("no-csrf-upload", "gift", "Q {T}".getBytes(StandardCharsets.UTF_8)).with(user(INSTRUCTOR)))
                .andExpect(status().isForbidden());
        assertThat(setWithSlug("no-csrf-upload")).isEmpty();
    }

    @Test
    void downloadsASetAsGiftThatImportsBackWithTheSameQuestions() throws Exception {
        mvc.perform(upload("gift-export", "gift", fixture("moodle/questions.gift.txt")).with(user(INSTRUCTOR))
                .with(csrf())).andExpect(status().is3xxRedirection());
        long id = setWithSlug("gift-export").orElseThrow().id();

        byte[] exported = mvc.perform(get("/instructor/question-sets/{id}/export.gift", id).with(user(INSTRUCTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(upload("gift-reimport", "gift", exported).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(setWithSlug("gift-reimport").orElseThrow().questionCount()).isEqualTo(9);
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("// [id:");
    }
}
