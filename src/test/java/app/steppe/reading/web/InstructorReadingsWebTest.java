package app.steppe.reading.web;

import static app.steppe.reading.web.ReadingPagesWebTest.INSTRUCTOR;
import static app.steppe.reading.web.ReadingPagesWebTest.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import app.steppe.reading.Paragraph;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;
import app.steppe.reading.domain.Slugs;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class InstructorReadingsWebTest {

    private static final MockMultipartFile NO_FILE = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);

    @Autowired
    MockMvc mvc;

    @Autowired
    ReadingApi readings;

    private static String uniqueTitle(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockMultipartHttpServletRequestBuilder newReading(String title, String text, MockMultipartFile file) {
        var request = multipart("/instructor/readings/new").file(file);
        request.param("title", title).param("subtitle", "").param("text", text);
        return request;
    }

    private static MockMultipartFile file(String name, String contentType, byte[] bytes) {
        return new MockMultipartFile("file", name, contentType, bytes);
    }

    private boolean exists(String title) {
        return readings.list().stream().anyMatch(r -> r.title().equals(title));
    }

    private String addReading(String title, String text) throws Exception {
        String slug = Slugs.fromTitle(title);
        mvc.perform(newReading(title, text, NO_FILE).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(redirectedUrl("/readings/" + slug));
        return slug;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(STUDENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void studentMayNeitherOpenNorSubmitTheAddReadingPage() throws Exception {
        String title = uniqueTitle("Student attempt");

        mvc.perform(get("/instructor/readings/new").with(user(STUDENT))).andExpect(status().isForbidden());
        mvc.perform(newReading(title, "Text.", NO_FILE).with(user(STUDENT)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(exists(title)).isFalse();
    }

    @Test
    void instructorSeesTheAddReadingForm() throws Exception {
        String html = mvc.perform(get("/instructor/readings/new").with(user(INSTRUCTOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("enctype=\"multipart/form-data\"").contains("type=\"file\"")
                .contains("name=\"title\"").contains("name=\"text\"").contains("At most 200,000 characters");
    }

    @Test
    void instructorPastesAReadingThatIsStoredAndRenderedWithAnchors() throws Exception {
        String title = uniqueTitle("Water politics on the Syr Darya");
        String slug = Slugs.fromTitle(title);

        mvc.perform(newReading(title, "First paragraph.\r\n\r\nSecond\r\nparagraph.\n\n\n\nThird.", NO_FILE)
                        .with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/readings/" + slug))
                .andExpect(flash().attribute("flashSuccess", "reading.added"));

        ReadingText stored = readings.currentBySlug(slug).orElseThrow();
        assertThat(stored.paragraphs()).extracting(Paragraph::text)
                .containsExactly("First paragraph.", "Second paragraph.", "Third.");
        assertThat(page("/readings/" + slug)).contains("id=\"p1\"").contains("id=\"p3\"").contains("href=\"#p2\"")
                .contains("Second paragraph.").contains(title);
    }

    @Test
    void instructorUploadsAMarkdownFileWhoseFrontMatterGivesTheSubtitle() throws Exception {
        String title = uniqueTitle("Almaty notes");
        String markdown = "---\ntitle: Ignored title\nsubtitle: Notes from the field\n---\n\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d.\n\nSecond.";

        mvc.perform(newReading(title, "", file("notes.md", "text/markdown", markdown.getBytes(StandardCharsets.UTF_8)))
                        .with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(redirectedUrl("/readings/" + Slugs.fromTitle(title)));

        ReadingText stored = readings.currentBySlug(Slugs.fromTitle(title)).orElseThrow();
        assertThat(stored.title()).isEqualTo(title);
        assertThat(stored.paragraphs()).extracting(Paragraph::text)
                .containsExactly("\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d.", "Second.");
        assertThat(page("/readings/" + Slugs.fromTitle(title))).contains("Notes from the field");
    }

    @Test
    void refusesAPdfNextToTheFileFieldAndSavesNothing() throws Exception {
        String title = uniqueTitle("A pdf");

        String html = mvc.perform(newReading(title, "", file("reading.pdf", "application/pdf", "%PDF-1.4 ...".getBytes()))
                        .with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("reading/new"))
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "file", "reading.upload.type"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("id=\"file-error\"").contains("Only .txt and .md text files can be uploaded.")
                .contains("aria-invalid=\"true\"");
        assertThat(exists(title)).isFalse();
    }

    @Test
    void refusesAFileNamedTxtThatIsSentAsAnotherType() throws Exception {
        String title = uniqueTitle("Disguised");

        mvc.perform(newReading(title, "", file("reading.txt", "application/pdf", "%PDF-1.4".getBytes()))
                        .with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "file", "reading.upload.type"));

        assertThat(exists(title)).isFalse();
    }

    @Test
    void refusesAWindows1252FileAsNotUtf8() throws Exception {
        String title = uniqueTitle("Cp1252");
        byte[] windows1252 = "Caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));

        String html = mvc.perform(newReading(title, "", file("notes.txt", "text/plain", windows1252))
                        .with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "file", "reading.upload.notUtf8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("The file is not UTF-8 text.");
        assertThat(exists(title)).isFalse();
    }

    @Test
    void refusesAnEmptyFileAndAFileOverOneMegabyte() throws Exception {
        String title = uniqueTitle("Sizes");

        mvc.perform(newReading(title, "", file("empty.txt", "text/plain", new byte[0])).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "file", "reading.upload.empty"));
        byte[] big = "a".repeat(1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8);
        mvc.perform(newReading(title, "", file("big.txt", "text/plain", big)).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "file", "reading.upload.tooBig"));

        assertThat(exists(title)).isFalse();
    }

    @Test
    void refusesPastedTextAndAFileTogetherAndNeitherOfThem() throws Exception {
        String title = uniqueTitle("Both");

        mvc.perform(newReading(title, "Pasted.", file("a.txt", "text/plain", "File.".getBytes(StandardCharsets.UTF_8)))
                        .with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "file", "reading.upload.both"));
        mvc.perform(newReading(title, "  ", NO_FILE).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "text", "reading.upload.none"));

        assertThat(exists(title)).isFalse();
    }

    @Test
    void refusesTooManyParagraphsNextToTheTextField() throws Exception {
        String title = uniqueTitle("Long");

        mvc.perform(newReading(title, "p\n\n".repeat(2001), NO_FILE).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "text", "reading.text.tooManyParagraphs"));

        assertThat(exists(title)).isFalse();
    }

    @Test
    void reRendersTheFormWhenTheTitleIsBlank() throws Exception {
        String html = mvc.perform(newReading(" ", "Text.", NO_FILE).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("readingForm", "title", "NotBlank"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Give the reading a title.").contains("Text.");
    }

    @Test
    void rendersMarkupInAPastedReadingAsText() throws Exception {
        String slug = addReading(uniqueTitle("Escaping"), "Before <script>alert(1)</script> after.");

        String html = page("/readings/" + slug);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void instructorUploadsANewVersionAndTheOldOneStaysReadable() throws Exception {
        String slug = addReading(uniqueTitle("Tengiz oil"), "One.\n\nTwo.");

        mvc.perform(multipart("/instructor/readings/{slug}/versions", slug)
                        .file(file("v2.txt", "text/plain", "One.\n\nTwo, revised.\n\nThree.".getBytes(StandardCharsets.UTF_8)))
                        .param("text", "").with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(redirectedUrl("/readings/" + slug))
                .andExpect(flash().attribute("flashSuccess", "reading.version.added"));

        assertThat(readings.currentBySlug(slug).orElseThrow().version()).isEqualTo(2);
        assertThat(page("/readings/" + slug)).contains("Version 2 of 2").contains("id=\"p3\"").contains("Two, revised.");
        assertThat(page("/readings/" + slug + "?version=1")).contains("Version 1 of 2").contains("Two.")
                .doesNotContain("id=\"p3\"").contains("Read the current version");
    }

    @Test
    void refusesANewVersionWithTheSameTextAndKeepsTheFormOpen() throws Exception {
        String slug = addReading(uniqueTitle("Same text"), "One.\n\nTwo.");

        String html = mvc.perform(multipart("/instructor/readings/{slug}/versions", slug).file(NO_FILE)
                        .param("text", "One.\r\n\r\nTwo.").with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("reading/show"))
                .andExpect(model().attributeHasFieldErrorCode("versionForm", "text", "reading.version.unchanged"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("This text is the same as version 1; nothing was added.").contains("<details class=\"card\" open");
        assertThat(readings.currentBySlug(slug).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void refusesANewVersionFromAStudent() throws Exception {
        String slug = addReading(uniqueTitle("Guarded"), "One.");

        mvc.perform(multipart("/instructor/readings/{slug}/versions", slug).file(NO_FILE).param("text", "Two.")
                        .with(user(STUDENT)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(readings.currentBySlug(slug).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void answersNotFoundForANewVersionOfAnUnknownReading() throws Exception {
        mvc.perform(multipart("/instructor/readings/no-such-reading/versions").file(NO_FILE).param("text", "Two.")
                        .with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
