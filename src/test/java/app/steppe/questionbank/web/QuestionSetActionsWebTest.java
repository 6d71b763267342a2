package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.INSTRUCTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.support.SteppeWebTest;

/** Actions on questions and sets, each on a copy of the shipped set so the original stays as its file says. */
@SteppeWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionSetActionsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionBankQueries queries;

    QuestionSetWebFixtures fixtures;
    long copyId;

    @BeforeAll
    void copyTheShippedSet() {
        fixtures = new QuestionSetWebFixtures(mvc, bank, queries);
        copyId = fixtures.copyOfShippedSet();
    }

    private ResultActions postAs(String url, String... params) throws Exception {
        var request = post(url).with(user(INSTRUCTOR)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private String questionUrl(long setId, long questionId, String action) {
        return "/instructor/question-sets/" + setId + "/questions/" + questionId + "/" + action;
    }

    @Test
    void moveDownSwapsAQuestionWithTheNextAndReturnsToTheFilteredPage() throws Exception {
        long setId = copyId;
        List<String> before = fixtures.slugsInOrder(setId);
        long second = fixtures.questionId(setId, before.get(1));

        postAs(questionUrl(setId, second, "move"), "direction", "down", "type", "single_choice", "search", "a b")
                .andExpect(redirectedUrl("/instructor/question-sets/" + setId
                        + "?type=single_choice&search=a%20b#q" + second));

        List<String> expected = new ArrayList<>(before);
        expected.set(1, before.get(2));
        expected.set(2, before.get(1));
        assertThat(fixtures.slugsInOrder(setId)).isEqualTo(expected);
        assertThat(fixtures.page("/instructor/question-sets/" + setId).select("#questions .question-slug").eachText())
                .isEqualTo(expected);
    }

    @Test
    void moveUpOfTheFirstQuestionChangesNothing() throws Exception {
        List<String> before = fixtures.slugsInOrder(copyId);

        postAs(questionUrl(copyId, fixtures.questionId(copyId, before.get(0)), "move"), "direction", "up")
                .andExpect(status().is3xxRedirection());

        assertThat(fixtures.slugsInOrder(copyId)).isEqualTo(before);
    }

    @Test
    void duplicatingAQuestionAddsACopyAtTheEnd() throws Exception {
        long original = fixtures.questionId(copyId, "engels-quote-words");
        int count = fixtures.slugsInOrder(copyId).size();

        postAs(questionUrl(copyId, original, "duplicate"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "qpages.question.duplicated"));

        List<String> after = fixtures.slugsInOrder(copyId);
        assertThat(after).hasSize(count + 1).contains("engels-quote-words");
        assertThat(after.get(after.size() - 1)).startsWith("engels-quote-words-copy");
    }

    @Test
    void deletingAQuestionAsksFirstThenRemovesItFromTheSet() throws Exception {
        long doomed = fixtures.questionId(copyId, "csto-contingent-size");
        Element item = fixtures.page("/instructor/question-sets/" + copyId).getElementById("q" + doomed);
        Element confirm = item.selectFirst("details.qb-confirm");
        assertThat(confirm).as("delete sits behind a confirmation").isNotNull();
        assertThat(confirm.selectFirst("form").attr("method")).isEqualTo("post");
        assertThat(confirm.selectFirst("form").attr("action")).isEqualTo(questionUrl(copyId, doomed, "delete"));

        postAs(questionUrl(copyId, doomed, "delete"))
                .andExpect(redirectedUrl("/instructor/question-sets/" + copyId))
                .andExpect(flash().attribute("flashSuccess", "qpages.question.deleted"));

        assertThat(fixtures.slugsInOrder(copyId)).doesNotContain("csto-contingent-size");
        assertThat(fixtures.slugsInOrder(fixtures.shippedSetId())).contains("csto-contingent-size");
    }

    @Test
    void aQuestionCannotBeReachedThroughAnotherSet() throws Exception {
        long otherSet = fixtures.emptySet("Another set", null);
        long question = fixtures.questionId(copyId, "engels-quote-words");

        postAs(questionUrl(otherSet, question, "delete")).andExpect(status().isNotFound());

        assertThat(fixtures.slugsInOrder(copyId)).contains("engels-quote-words");
    }

    @Test
    void exportDownloadsTheSetAsAYamlFileNamedAfterItsSlug() throws Exception {
        String slug = queries.set(copyId).header().slug();

        var response = mvc.perform(get("/instructor/question-sets/" + copyId + "/export").with(user(INSTRUCTOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/yaml;charset=UTF-8"))
                .andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(slug + ".yaml");
        String yaml = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("set: " + slug).contains("engels-quote-words").contains("Engels");
    }

    @Test
    void duplicatingASetOpensTheCopyWhichIsNotTiedToAFile() throws Exception {
        long shipped = fixtures.shippedSetId();

        String location = postAs("/instructor/question-sets/" + shipped + "/duplicate")
                .andExpect(flash().attribute("flashSuccess", "qpages.set.duplicated"))
                .andReturn().getResponse().getRedirectedUrl();

        long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(copy).isNotEqualTo(shipped);
        assertThat(queries.set(copy).sourceFile()).isNull();
        assertThat(fixtures.slugsInOrder(copy)).isEqualTo(fixtures.slugsInOrder(shipped));
    }

    @Test
    void deletingASetGoesThroughAConfirmationPage() throws Exception {
        long setId = fixtures.emptySet("To be deleted", null);
        Document confirm = fixtures.page("/instructor/question-sets/" + setId + "/delete");
        assertThat(confirm.selectFirst("form:has(#confirm-delete)").attr("action"))
                .isEqualTo("/instructor/question-sets/" + setId + "/delete");
        assertThat(queries.sets()).anyMatch(s -> s.id() == setId);

        postAs("/instructor/question-sets/" + setId + "/delete")
                .andExpect(redirectedUrl("/instructor/question-sets"))
                .andExpect(flash().attribute("flashSuccess", "qpages.set.deleted"));

        assertThat(queries.sets()).noneMatch(s -> s.id() == setId);
        mvc.perform(get("/instructor/question-sets/" + setId).with(user(INSTRUCTOR))).andExpect(status().isNotFound());
    }
}
