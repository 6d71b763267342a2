package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionSetImport;
import app.steppe.support.SteppeWebTest;

/** The editor proposes passages of the reading for an imported question without a citation, and cites one. */
@SteppeWebTest
class PassageSuggestionsWebTest {

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
    void theEditorOfAnUngroundedQuestionProposesTheSentenceWithTheAnswersFigureFirst() throws Exception {
        Document page = html(get(editUrl("csto-size")));

        Element suggestions = page.getElementById("passage-suggestions");
        assertThat(suggestions).isNotNull();
        List<Element> proposals = suggestions.select("li.qe-suggestion");
        assertThat(proposals).hasSizeBetween(1, 3);
        assertThat(proposals.get(0).selectFirst("blockquote").text()).contains("2,030-strong contingent");
        assertThat(proposals.get(0).select("a").attr("href")).isEqualTo("/readings/" + QuestionEditorForms.READING + "#p2");
        assertThat(proposals.get(0).text()).contains("2030");
    }

    @Test
    void citingAProposalFillsTheCitationAndSavingGroundsTheQuestion() throws Exception {
        Document page = html(get(editUrl("engels")));
        Element use = page.selectFirst("#passage-suggestions li.qe-suggestion button[name=action]");
        String proposed = page.selectFirst("#passage-suggestions blockquote").text();
        assertThat(proposed).contains("Engels");

        Document cited = html(submit(page, use.val()));

        assertThat(cited.getElementById("citation-0-quote").text()).isEqualTo(proposed);
        assertThat(cited.getElementById("passage-suggestions")).as("shown only while no citation has a quote").isNull();
        assertThat(imported.summary("engels").ungrounded()).as("nothing is saved by citing a proposal").isTrue();

        mvc.perform(submit(cited, "save")).andExpect(redirectedUrl("/instructor/question-sets/" + setId));

        assertThat(imported.summary("engels").ungrounded()).isFalse();
        assertThat(imported.summary("engels").stale()).isFalse();
        assertThat(queries.question(imported.summary("engels").id()).citations()).singleElement()
                .satisfies(citation -> assertThat(citation.quote()).isEqualTo(proposed));
    }

    @Test
    void aQuestionTheReadingDoesNotTreatGetsNoProposalButAHint() throws Exception {
        Document page = html(get(editUrl("mongolia")));

        assertThat(page.select("#passage-suggestions li")).isEmpty();
        assertThat(page.getElementById("passage-suggestions-none").text()).isNotBlank();
    }

    @Test
    void aForgedProposalLeavesTheFormAsItWasAndSavesNothing() throws Exception {
        Document page = html(get(editUrl("csto-size")));

        for (String forged : List.of("useSuggestion:99:0:40", "useSuggestion:2:50:10", "useSuggestion:x",
                "useSuggestion:2:0:999999")) {
            Document again = html(submit(page, forged));
            assertThat(again.select("textarea[name$=quote]").eachText()).as(forged).allSatisfy(q -> assertThat(q).isEmpty());
            assertThat(again.select("#passage-suggestions li.qe-suggestion")).as(forged).isNotEmpty();
        }
        assertThat(imported.summary("csto-size").ungrounded()).isTrue();
    }

    @Test
    void aQuestionWithAQuoteShowsProposalsOnlyWhenAsked() throws Exception {
        Document page = html(get(editUrl("engels")));
        Document cited = html(submit(page, page.selectFirst("#passage-suggestions button[name=action]").val()));
        assertThat(cited.getElementById("passage-suggestions")).isNull();

        Document asked = html(submit(cited, QuestionEditorSuggestions.SUGGEST));

        assertThat(asked.select("#passage-suggestions li.qe-suggestion")).isNotEmpty();
        assertThat(asked.getElementById("citation-0-quote").text()).contains("Engels");
    }

    @Test
    void aStudentCannotAskForProposals() throws Exception {
        mvc.perform(post(editUrl("engels")).param("type", "single_choice").param("action", "suggestPassages")
                .with(user(QuestionEditorWebTest.STUDENT)).with(csrf())).andExpect(status().isForbidden());
    }

    /** Posts the form as a browser would, with the button {@code action} pressed. */
    private MockHttpServletRequestBuilder submit(Document page, String action) {
        FormElement form = (FormElement) page.selectFirst("form[method=post]:has(input[name=type])");
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(user(QuestionEditorWebTest.INSTRUCTOR))
                .with(csrf());
        form.formData().stream().filter(field -> !field.key().equals("action") && !field.key().equals("_csrf"))
                .forEach(field -> request.param(field.key(), field.value()));
        return request.param("action", action);
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(user(QuestionEditorWebTest.INSTRUCTOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    private String editUrl(String slug) {
        return "/instructor/questions/" + imported.summary(slug).id() + "/edit";
    }

}
