package app.steppe.quiz.web;

import static app.steppe.quiz.web.QuizForms.INSTRUCTOR;
import static app.steppe.quiz.web.QuizForms.STUDENT;
import static app.steppe.quiz.web.QuizForms.aThirtyMinuteQuiz;
import static app.steppe.quiz.web.QuizForms.postAs;
import static app.steppe.quiz.web.QuizForms.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.QuizApi;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class QuizQtiWebTest {

    private static final String TAG = "china";

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBankApi questionBank;
    @Autowired
    QuizApi quizzes;

    private long shippedSet() {
        return questionBank.sets().stream().filter(s -> s.slug().equals("kazakhstan-2022")).findFirst().orElseThrow()
                .id();
    }

    /** A 30-minute quiz that draws 2 questions tagged china and 3 from the rest of the set, shuffled. */
    private long aQuizDrawingByTag(String title) throws Exception {
        Map<String, String> form = aThirtyMinuteQuiz(shippedSet(), title);
        form.put("draws[0].tag", TAG);
        form.put("draws[0].count", "2");
        form.put("draws[1].tag", "");
        form.put("draws[1].count", "3");
        mvc.perform(postAs(INSTRUCTOR, "/instructor/quizzes/new", form)).andExpect(status().is3xxRedirection());
        return quizzes.published().stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow().id();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(INSTRUCTOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void anInstructorSeesWhatThePackageHoldsAndDownloadsItWithTheQuizsDrawsAndTimeLimit() throws Exception {
        String title = unique("QTI export");
        long id = aQuizDrawingByTag(title);

        Document list = page("/instructor/quizzes");
        String reportUrl = list.select("#quiz-" + id + " a.quiz-export-qti").attr("href");
        assertThat(reportUrl).isEqualTo("/instructor/quizzes/" + id + "/export/qti");
        Document report = page(reportUrl);
        assertThat(report.select("h1").text()).contains(title);
        assertThat(report.select("#qti-test").text()).contains("30 min", "shuffled");
        assertThat(report.select("li.qti-section").eachText()).hasSize(2)
                .satisfies(sections -> assertThat(sections.get(0)).contains("\"" + TAG + "\"", "2 of"))
                .satisfies(sections -> assertThat(sections.get(1)).contains("Questions of the set", "3 of"));
        // a china draw and a whole-set draw between them take every question of the set
        assertThat(report.select("#qti-export-report tbody tr")).hasSize(questionBank.questions(shippedSet()).size());
        String download = report.select("#download-qti").attr("href");
        assertThat(download).isEqualTo("/instructor/quizzes/" + id + "/export.qti.zip");

        byte[] zip = mvc.perform(get(download).with(user(INSTRUCTOR))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("filename=\"quiz-" + id + ".qti.zip\"")))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        Document manifest = Jsoup.parse(files.get("imsmanifest.xml"), "", Parser.xmlParser());
        List<String> itemHrefs = manifest.select("resource[type=imsqti_item_xmlv2p1]").eachAttr("href");
        assertThat(itemHrefs).hasSize(report.select("tr.qti-exported").size());
        assertThat(files.keySet()).containsAll(itemHrefs);
        Document test = Jsoup.parse(files.get("assessment.xml"), "", Parser.xmlParser());
        assertThat(test.select("assessmentTest").attr("title")).isEqualTo(title);
        assertThat(test.select("assessmentTest > timeLimits").attr("maxTime")).isEqualTo("1800");
        List<Element> sections = test.select("assessmentSection");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).attr("title")).isEqualTo(TAG);
        assertThat(sections.get(0).select("selection").attr("select")).isEqualTo("2");
        assertThat(sections.get(1).select("selection").attr("select")).isEqualTo("3");
        assertThat(test.select("assessmentItemRef").eachAttr("href")).containsExactlyInAnyOrderElementsOf(itemHrefs);
    }

    @Test
    void aStudentGetsNeitherTheReportNorThePackage() throws Exception {
        long id = aQuizDrawingByTag(unique("QTI forbidden"));

        mvc.perform(get("/instructor/quizzes/{id}/export/qti", id).with(user(STUDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/instructor/quizzes/{id}/export.qti.zip", id).with(user(STUDENT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownQuizIsNotFound() throws Exception {
        mvc.perform(get("/instructor/quizzes/{id}/export/qti", 987_654).with(user(INSTRUCTOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/instructor/quizzes/{id}/export.qti.zip", 987_654).with(user(INSTRUCTOR)))
                .andExpect(status().isNotFound());
    }
}
