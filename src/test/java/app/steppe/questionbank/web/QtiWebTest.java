package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.INSTRUCTOR;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.READING;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.SetSummary;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class QtiWebTest {

    private static final String SHIPPED = QuestionSetWebFixtures.SHIPPED_SLUG;

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBankQueries queries;

    private long shippedSetId() {
        return queries.sets().stream().filter(s -> s.slug().equals(SHIPPED)).findFirst().orElseThrow().id();
    }

    private SetSummary setWithSlug(String slug) {
        return queries.sets().stream().filter(s -> s.slug().equals(slug)).findFirst().orElse(null);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String slug, byte[] zip) {
        MockMultipartHttpServletRequestBuilder request = multipart("/instructor/question-sets/import");
        request.file(new MockMultipartFile("file", "package.zip", "application/zip", zip));
        request.param("slug", slug).param("title", "Imported " + slug).param("readingSlug", READING)
                .param("format", "qti");
        return request;
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anInstructorDownloadsTheSetAsAQtiZipWithAManifestAndOneItemPerQuestion() throws Exception {
        long id = shippedSetId();

        MvcResult result = mvc.perform(get("/instructor/question-sets/{id}/export.qti.zip", id).with(user(INSTRUCTOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("attachment; filename=\"" + SHIPPED + ".qti.zip\"")))
                .andReturn();

        List<String> names = entries(result.getResponse().getContentAsByteArray());
        assertThat(names.subList(0, 2)).containsExactly("imsmanifest.xml", "assessment.xml");
        assertThat(names.subList(2, names.size())).isNotEmpty().allMatch(n -> n.startsWith("items/") && n.endsWith(".xml"));
        Document report = page(mvc.perform(get("/instructor/question-sets/{id}/export/qti", id).with(user(INSTRUCTOR)))
                .andExpect(status().isOk()).andReturn());
        int questions = (int) setWithSlug(SHIPPED).questionCount();
        assertThat(report.select("#qti-export-report tbody tr")).hasSize(questions);
        assertThat(report.select("tr.qti-exported")).hasSize(names.size() - 2);
        assertThat(report.select("tr.qti-skipped").eachText()).allMatch(row -> row.contains("skipped"));
        assertThat(report.select("#download-qti").attr("href")).endsWith("/export.qti.zip");
    }

    @Test
    void theSetPageLinksToTheQtiExport() throws Exception {
        Document set = page(mvc.perform(get("/instructor/question-sets/{id}", shippedSetId()).with(user(INSTRUCTOR)))
                .andExpect(status().isOk()).andReturn());

        assertThat(set.select("#export-qti").attr("href")).endsWith("/export/qti");
    }

    @Test
    void aStudentGetsNeitherThePackageNorItsReport() throws Exception {
        long id = shippedSetId();
        mvc.perform(get("/instructor/question-sets/{id}/export.qti.zip", id).with(user(STUDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/instructor/question-sets/{id}/export/qti", id).with(user(STUDENT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDownloadedPackageImportsBackAsANewSetThatIsNotYetGrounded() throws Exception {
        byte[] zip = mvc.perform(get("/instructor/question-sets/{id}/export.qti.zip", shippedSetId())
                .with(user(INSTRUCTOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        MvcResult result = mvc.perform(upload("qti-reimport", zip).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        SetSummary set = setWithSlug("qti-reimport");
        assertThat(set.questionCount()).isEqualTo(entries(zip).size() - 2);
        assertThat(set.ungroundedCount()).isEqualTo(set.questionCount());
        InteropReport report = (InteropReport) result.getFlashMap().get("importReport");
        assertThat(report.rows()).hasSize((int) set.questionCount());
    }

    @Test
    void aFileThatIsNotAZipIsAnsweredWithAMessageNotAnError() throws Exception {
        Document refused = page(mvc.perform(upload("qti-bad", "<assessmentItem/>".getBytes(StandardCharsets.UTF_8))
                .with(user(INSTRUCTOR)).with(csrf())).andExpect(status().is(422)).andReturn());

        assertThat(refused.select("#file-error").text()).contains("not a zip archive");
        assertThat(setWithSlug("qti-bad")).isNull();
    }

    @Test
    void aMissingSetIsNotFound() throws Exception {
        mvc.perform(get("/instructor/question-sets/{id}/export.qti.zip", 999_999).with(user(INSTRUCTOR)))
                .andExpect(status().isNotFound());
    }
}
