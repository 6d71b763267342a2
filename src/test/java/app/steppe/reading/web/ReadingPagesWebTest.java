package app.steppe.reading.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class ReadingPagesWebTest {

    static final AuthenticatedUser STUDENT = new AuthenticatedUser(2, "student", "Student", "STUDENT", "n/a");
    static final AuthenticatedUser INSTRUCTOR = new AuthenticatedUser(1, "instructor", "Instructor", "INSTRUCTOR", "n/a");
    private static final String COURSE_READING = "/readings/kazakhstan-crisis-china";

    @Autowired
    MockMvc mvc;

    /** Paragraph n of the seed file, read without the application's parser. */
    private static String seedParagraph(int n) throws Exception {
        String file = Files.readString(Path.of("seeds/kazakhstan-crisis-china.md"), StandardCharsets.UTF_8);
        String[] paragraphs = file.substring(file.indexOf("\n---\n") + 5).strip().split("\n\n");
        assertThat(paragraphs).hasSize(19);
        return paragraphs[n - 1];
    }

    private String page(String url, AuthenticatedUser who) throws Exception {
        return mvc.perform(get(url).with(user(who)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void studentSeesTheCourseReadingWithNumberedLinkableParagraphs() throws Exception {
        String html = page(COURSE_READING, STUDENT);

        assertThat(html).contains("id=\"p7\"").contains("href=\"#p7\"").contains("aria-label=\"Link to paragraph 7\"")
                .contains(">\u00b67</a>").contains("id=\"p19\"").doesNotContain("id=\"p20\"")
                .contains("After Kazakhstan Crisis, China Will Reassess Its Influence in Central Asia")
                .contains("Despite its economic clout in Kazakhstan")
                .contains("Version 1 of 1")
                .contains("/css/reading.css");
        assertThat(HtmlUtils.htmlUnescape(html)).contains(seedParagraph(7));
    }

    @Test
    void studentDoesNotSeeTheNewVersionForm() throws Exception {
        assertThat(page(COURSE_READING, STUDENT)).doesNotContain("/instructor/readings/kazakhstan-crisis-china/versions");
        assertThat(page(COURSE_READING, INSTRUCTOR)).contains("/instructor/readings/kazakhstan-crisis-china/versions");
    }

    @Test
    void answersNotFoundForAnUnknownReading() throws Exception {
        mvc.perform(get("/readings/no-such-reading").with(user(STUDENT))).andExpect(status().isNotFound());
    }

    @Test
    void answersNotFoundForAVersionTheReadingDoesNotHave() throws Exception {
        mvc.perform(get(COURSE_READING).param("version", "99").with(user(STUDENT))).andExpect(status().isNotFound());
    }

    @Test
    void listsTheReadingsWithVersionAndParagraphCount() throws Exception {
        String html = page("/readings", STUDENT);

        assertThat(html).contains("href=\"" + COURSE_READING + "\"").contains("Version 1 \u00b7 19 paragraphs")
                .doesNotContain("/instructor/readings/new");
        assertThat(page("/readings", INSTRUCTOR)).contains("/instructor/readings/new");
    }

    @Test
    void homePageLinksTheReadingsForStudentsAndInstructors() throws Exception {
        String student = page("/", STUDENT);

        assertThat(student).contains("href=\"" + COURSE_READING + "\"").contains("(19 paragraphs)")
                .doesNotContain("/instructor/readings/new");
        assertThat(page("/", INSTRUCTOR)).contains("href=\"" + COURSE_READING + "\"").contains("/instructor/readings/new");
    }
}
