package app.steppe.quiz.web;

import static app.steppe.quiz.web.QuizForms.INSTRUCTOR;
import static app.steppe.quiz.web.QuizForms.aThirtyMinuteQuiz;
import static app.steppe.quiz.web.QuizForms.postAs;
import static app.steppe.quiz.web.QuizForms.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.QuizAttemptCounter;
import app.steppe.support.SteppeWebTest;

/** The only test with an attempt counter (a mock, so this class has its own context). */
@SteppeWebTest
class QuizEditWarningWebTest {

    @MockitoBean
    QuizAttemptCounter counter;
    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBankApi questionBank;
    @Autowired
    QuizApi quizzes;

    @Test
    void warnsWhatChangesForExistingAttemptsAndSavesOnlyOnceConfirmed() throws Exception {
        long set = questionBank.sets().stream().filter(s -> s.slug().equals("kazakhstan-2022")).findFirst()
                .orElseThrow().id();
        String title = unique("Attempted");
        mvc.perform(postAs(INSTRUCTOR, "/instructor/quizzes/new", aThirtyMinuteQuiz(set, title)))
                .andExpect(status().is3xxRedirection());
        long id = quizzes.published().stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow().id();
        when(counter.attemptsOf(anyLong())).thenReturn(4L);

        Map<String, String> changed = aThirtyMinuteQuiz(set, title);
        changed.put("timeLimitMinutes", "45");
        changed.put("reviewCorrectAnswers", "AFTER_CLOSE");
        Document warning = Jsoup.parse(mvc.perform(postAs(INSTRUCTOR, "/instructor/quizzes/" + id + "/edit", changed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(warning.select("#attempts-warning").text()).contains("4 attempts",
                "applies to attempts started from now on", "review options apply at once");
        assertThat(quizzes.rulesFor(id, 1).timeLimitMinutes()).contains(30);

        changed.put("confirmed", "true");
        mvc.perform(postAs(INSTRUCTOR, "/instructor/quizzes/" + id + "/edit", changed))
                .andExpect(redirectedUrl("/instructor/quizzes"));
        assertThat(quizzes.rulesFor(id, 1).timeLimitMinutes()).contains(45);
    }
}
