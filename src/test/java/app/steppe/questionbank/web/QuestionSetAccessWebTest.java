package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.READING;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.support.SteppeWebTest;

/** Students may neither see nor change anything of the question bank pages. */
@SteppeWebTest
class QuestionSetAccessWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionBankQueries queries;

    @Test
    void aStudentIsRefusedEveryPageAndEveryActionAndNothingChanges() throws Exception {
        var fixtures = new QuestionSetWebFixtures(mvc, bank, queries);
        long setId = fixtures.emptySet("Students keep out", null);
        long shipped = fixtures.shippedSetId();
        long question = fixtures.questionId(shipped, "engels-quote-words");
        List<String> order = fixtures.slugsInOrder(shipped);
        String set = "/instructor/question-sets/" + setId;
        String q = "/instructor/question-sets/" + shipped + "/questions/" + question;

        for (String url : List.of("/instructor/question-sets", "/instructor/question-sets/new", set, set + "?type=numeric",
                set + "/edit", set + "/delete", set + "/export", "/instructor/readings/" + READING + "/coverage")) {
            mvc.perform(get(url).with(user(STUDENT))).andExpect(status().isForbidden());
        }
        for (String url : List.of("/instructor/question-sets/new", set + "/edit", set + "/duplicate", set + "/delete",
                q + "/move", q + "/duplicate", q + "/delete")) {
            mvc.perform(post(url).with(user(STUDENT)).with(csrf()).param("slug", "student-set").param("title", "T")
                    .param("readingSlug", READING).param("direction", "down")).andExpect(status().isForbidden());
        }

        assertThat(queries.set(setId).header().title()).isEqualTo("Students keep out");
        assertThat(fixtures.slugsInOrder(shipped)).isEqualTo(order);
        assertThat(queries.sets()).noneMatch(s -> s.slug().equals("student-set"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedEvenForAnInstructor() throws Exception {
        var fixtures = new QuestionSetWebFixtures(mvc, bank, queries);
        long setId = fixtures.emptySet("Needs a token", null);

        mvc.perform(post("/instructor/question-sets/" + setId + "/delete")
                .with(user(QuestionSetWebFixtures.INSTRUCTOR))).andExpect(status().isForbidden());

        assertThat(queries.sets()).anyMatch(s -> s.id() == setId);
    }
}
