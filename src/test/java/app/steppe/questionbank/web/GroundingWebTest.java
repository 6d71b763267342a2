package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionSetImport;
import app.steppe.support.SteppeWebTest;

/** An imported set is grounded in one pass: a proposal picked per question, all saved together or none. */
@SteppeWebTest
class GroundingWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionSetImport imports;

    @Autowired
    QuestionBankQueries queries;

    UngroundedSet imported;
    long setId;

    @BeforeEach
    void anImportedSetWithoutCitations() {
        imported = new UngroundedSet(imports, queries);
        setId = imported.setId;
    }

    @Test
    void theSetPageLeadsToAPageListingEveryUngroundedQuestionWithItsProposals() throws Exception {
        Document set = html(get("/instructor/question-sets/" + setId));
        assertThat(set.select("#ground-all").attr("href")).isEqualTo(groundingUrl());

        Document page = html(get(groundingUrl()));

        assertThat(page.select("fieldset[id^=ground-] legend").eachText())
                .containsExactly("csto-size", "engels", "mongolia");
        assertThat(page.select("#ground-" + imported.id("csto-size") + " label").first().text()).contains("2,030-strong");
        assertThat(page.select("#ground-" + imported.id("mongolia") + " input[type=radio]")).hasSize(1); // only "later"
        assertThat(page.select("input[type=radio][value=''][checked]")).hasSize(3);
        for (var input : page.select("#grounding-form input:not([type=hidden])")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as(input.attr("name")).hasSize(1);
        }
    }

    @Test
    void thePickedPassagesAreSavedTogetherAndTheOthersLeftForLater() throws Exception {
        Document page = html(get(groundingUrl()));

        mvc.perform(pick(page, "csto-size", "engels")).andExpect(redirectedUrl("/instructor/question-sets/" + setId))
                .andExpect(flash().attribute("flashSuccess", "grounding.done"));

        assertThat(imported.summary("csto-size").ungrounded()).isFalse();
        assertThat(imported.summary("engels").ungrounded()).isFalse();
        assertThat(imported.summary("mongolia").ungrounded()).isTrue();
        assertThat(queries.question(imported.id("csto-size")).citations()).singleElement()
                .satisfies(c -> assertThat(c.quote()).contains("2,030-strong").isNotBlank());
        assertThat(html(get(groundingUrl())).select("fieldset[id^=ground-] legend").eachText())
                .containsExactly("mongolia");
    }

    @Test
    void whenOneQuestionChangedSinceThePageWasShownNothingIsSavedAndItSaysWhy() throws Exception {
        Document page = html(get(groundingUrl()));
        page.select("input[name=version-" + imported.id("engels") + "]").val("99");

        String body = mvc.perform(pick(page, "csto-size", "engels")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document again = Jsoup.parse(body);
        assertThat(again.select("#ground-" + imported.id("engels") + "-error").text()).isNotBlank();
        assertThat(again.select("#ground-" + imported.id("csto-size") + " input[checked]").val()).isNotEmpty();
        assertThat(imported.summary("csto-size").ungrounded()).as("all or nothing").isTrue();
        assertThat(imported.summary("engels").ungrounded()).isTrue();
    }

    @Test
    void aForgedPassageOrNoChoiceIsRefusedWithAMessageAndSavesNothing() throws Exception {
        mvc.perform(post(groundingUrl()).param("cite-" + imported.id("csto-size"), "99:0:50")
                .param("version-" + imported.id("csto-size"), "1").with(user(QuestionEditorWebTest.INSTRUCTOR)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        String body = mvc.perform(post(groundingUrl()).with(user(QuestionEditorWebTest.INSTRUCTOR)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(body).select("#grounding-nothing-chosen").text()).isNotBlank();
        assertThat(imported.summary("csto-size").ungrounded()).isTrue();
    }

    @Test
    void studentsAreRefusedAndAnUnknownSetIsNotFound() throws Exception {
        mvc.perform(get(groundingUrl()).with(user(QuestionEditorWebTest.STUDENT))).andExpect(status().isForbidden());
        mvc.perform(post(groundingUrl()).with(user(QuestionEditorWebTest.STUDENT)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(groundingUrl()).with(user(QuestionEditorWebTest.INSTRUCTOR)))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(get("/instructor/question-sets/987654/grounding").with(user(QuestionEditorWebTest.INSTRUCTOR)))
                .andExpect(status().isNotFound());
    }

    /** The form as shown, with the first proposal picked for these questions. */
    private MockHttpServletRequestBuilder pick(Document page, String... slugs) {
        MockHttpServletRequestBuilder request = post(groundingUrl()).with(user(QuestionEditorWebTest.INSTRUCTOR))
                .with(csrf());
        page.select("input[type=hidden][name^=version-]").forEach(input -> request.param(input.attr("name"), input.val()));
        for (String slug : slugs) {
            String first = page.select("#ground-" + imported.id(slug) + " input[type=radio]").first().val();
            request.param("cite-" + imported.id(slug), first);
        }
        return request;
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(user(QuestionEditorWebTest.INSTRUCTOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    private String groundingUrl() {
        return "/instructor/question-sets/" + setId + "/grounding";
    }


}
