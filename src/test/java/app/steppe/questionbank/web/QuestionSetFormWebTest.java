package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.INSTRUCTOR;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.READING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.SetSummary;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class QuestionSetFormWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionBankQueries queries;

    QuestionSetWebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QuestionSetWebFixtures(mvc, bank, queries);
    }

    private static MockHttpServletRequestBuilder newSet(String slug, String title, String reading, String tags) {
        return post("/instructor/question-sets/new").with(user(INSTRUCTOR)).with(csrf())
                .param("slug", slug).param("title", title).param("description", "Some *Markdown*.")
                .param("readingSlug", reading).param("tags", tags);
    }

    private Optional<SetSummary> setWithSlug(String slug) {
        return queries.sets().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String errorOf(Document page, String field) {
        var error = page.getElementById(field + "-error");
        assertThat(error).as("error next to %s", field).isNotNull();
        assertThat(page.getElementById(field).hasClass("is-invalid")).isTrue();
        return error.text();
    }

    @Test
    void theNewSetFormOffersTheReadingsAndPreselectsOneFromTheLink() throws Exception {
        Document page = fixtures.page("/instructor/question-sets/new?reading=" + READING);

        assertThat(page.select("select#readingSlug option").eachAttr("value")).contains("", READING);
        assertThat(page.selectFirst("select#readingSlug option[selected]").attr("value")).isEqualTo(READING);
        assertThat(page.select("input#slug, input#title, textarea#description, input#tags")).hasSize(4);
    }

    @Test
    void aNewSetIsCreatedWithItsTagsAndAppearsInTheList() throws Exception {
        String slug = QuestionSetWebFixtures.unique("steppe-new");

        String location = mvc.perform(newSet(slug, "Water and borders", READING, " water, borders ,, water"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "qpages.set.created"))
                .andReturn().getResponse().getRedirectedUrl();

        SetSummary created = setWithSlug(slug).orElseThrow();
        assertThat(location).isEqualTo("/instructor/question-sets/" + created.id());
        assertThat(queries.set(created.id()).header().tags()).containsExactly("water", "borders");
        assertThat(created.sourceFile()).isNull();
        assertThat(fixtures.page("/instructor/question-sets").getElementById("set-" + created.id()).text())
                .contains("Water and borders");
    }

    @Test
    void aBlankTitleIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        String slug = QuestionSetWebFixtures.unique("blank-title");

        Document page = refused(newSet(slug, "   ", READING, ""));

        assertThat(errorOf(page, "title")).isNotBlank();
        assertThat(page.getElementById("slug").val()).isEqualTo(slug);
        assertThat(setWithSlug(slug)).isEmpty();
    }

    @Test
    void aSlugAlreadyTakenIsAFieldError() throws Exception {
        String slug = QuestionSetWebFixtures.unique("taken");
        mvc.perform(newSet(slug, "First", READING, "")).andExpect(status().is3xxRedirection());

        Document page = refused(newSet(slug, "Second", READING, ""));

        assertThat(errorOf(page, "slug")).contains(slug);
        assertThat(queries.sets().stream().filter(s -> s.slug().equals(slug))).singleElement()
                .extracting(SetSummary::title).isEqualTo("First");
    }

    @Test
    void aReadingThatDoesNotExistIsAFieldErrorAndOtherProblemsShowToo() throws Exception {
        String slug = QuestionSetWebFixtures.unique("no-reading");

        Document page = refused(newSet(slug, "", "no-such-reading", ""));

        assertThat(errorOf(page, "readingSlug")).contains("no-such-reading");
        assertThat(errorOf(page, "title")).isNotBlank();
        assertThat(setWithSlug(slug)).isEmpty();
    }

    @Test
    void editingASetChangesItsHeader() throws Exception {
        long setId = fixtures.emptySet("Before the edit", null);
        var before = queries.set(setId);
        assertThat(fixtures.page("/instructor/question-sets/" + setId + "/edit").getElementById("title").val())
                .isEqualTo("Before the edit");

        mvc.perform(post("/instructor/question-sets/" + setId + "/edit").with(user(INSTRUCTOR)).with(csrf())
                        .param("slug", before.header().slug()).param("title", "After the edit")
                        .param("description", "").param("readingSlug", READING).param("tags", "a, b")
                        .param("rowVersion", String.valueOf(before.rowVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "qpages.set.changed"));

        assertThat(queries.set(setId).header().title()).isEqualTo("After the edit");
        assertThat(queries.set(setId).header().tags()).containsExactly("a", "b");
    }

    @Test
    void anEditFromAFormOpenedBeforeSomeoneElseSavedIsRefused() throws Exception {
        long setId = fixtures.emptySet("Concurrent", null);
        var before = queries.set(setId);
        String slug = before.header().slug();
        mvc.perform(post("/instructor/question-sets/" + setId + "/edit").with(user(INSTRUCTOR)).with(csrf())
                .param("slug", slug).param("title", "First save").param("readingSlug", READING)
                .param("rowVersion", String.valueOf(before.rowVersion()))).andExpect(status().is3xxRedirection());

        Document page = refused(post("/instructor/question-sets/" + setId + "/edit").with(user(INSTRUCTOR))
                .with(csrf()).param("slug", slug).param("title", "Second save").param("readingSlug", READING)
                .param("rowVersion", String.valueOf(before.rowVersion())));

        assertThat(page.select(".alert-danger")).isNotEmpty();
        assertThat(queries.set(setId).header().title()).isEqualTo("First save");
    }
}
