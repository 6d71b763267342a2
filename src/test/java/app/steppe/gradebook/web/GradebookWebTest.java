package app.steppe.gradebook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.domain.Attempts;
import app.steppe.gradebook.GradebookFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class GradebookWebTest {

    private static final String KAZAKH_NAME = "Әйгерім Нұрланқызы Сәтбаева";

    @Autowired MockMvc mvc;
    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired QuestionBank questionBank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired QuizGradeReleases releases;
    @Autowired JdbcClient jdbc;

    private GradebookFixtures.Taken taken;
    private AuthenticatedUser instructor;
    private AuthenticatedUser student;

    @BeforeEach
    void anEssayQuizTakenByAKazakhStudent() {
        taken = new GradebookFixtures(attempts, publisher, bank, questionBank, users, encoder, clock, releases)
                .aSubmittedAttemptWithEssays(KAZAKH_NAME);
        instructor = AccountFixtures.principal(new AccountFixtures(users, encoder, clock).anInstructor("grader"));
        student = AccountFixtures.principal(taken.student());
    }

    private List<MockHttpServletRequestBuilder> everyInstructorRequest() {
        long quiz = taken.quizId();
        var attempt = taken.attemptId();
        long essay = taken.essayVersions().get(0);
        return List.of(
                get("/instructor/gradebook"),
                get("/instructor/gradebook/export.csv"),
                get("/instructor/gradebook/students/{id}", taken.student().getId()),
                get("/instructor/gradebook/quizzes/{id}", quiz),
                get("/instructor/gradebook/quizzes/{id}/answers.csv", quiz),
                get("/instructor/grading/quizzes/{id}", quiz),
                get("/instructor/grading/quizzes/{id}?by=attempt&anonymous=true", quiz),
                get("/instructor/grading/attempts/{id}", attempt),
                get("/instructor/grading/quizzes/{id}/regrade", quiz),
                get("/instructor/statistics/quizzes/{id}?attempts=first", quiz),
                post("/instructor/grading/attempts/{id}/questions/{v}", attempt, essay).param("action", "grade")
                        .param("points", "1").param("revision", "0").with(csrf()),
                post("/instructor/grading/quizzes/{id}/regrade", quiz).param("question", "1").with(csrf()),
                post("/instructor/gradebook/quizzes/{id}/release", quiz).with(csrf()),
                post("/instructor/gradebook/quizzes/{id}/withdraw", quiz).with(csrf()),
                post("/instructor/gradebook/quizzes/{id}/release-mode", quiz).param("mode", "AUTOMATIC").with(csrf()));
    }

    @Test
    void aStudentReachesNoInstructorPageNorExportAndChangesNothing() throws Exception {
        for (var request : everyInstructorRequest()) {
            mvc.perform(request.with(user(student))).andExpect(status().isForbidden());
        }
        assertThat(auditLines()).isZero();
        assertThat(jdbc.sql("SELECT grades_released_at FROM quiz WHERE id = ?").params(taken.quizId())
                .query(java.sql.Timestamp.class).optional()).isEmpty();
    }

    @Test
    void everyInstructorPageRendersForAnInstructor() throws Exception {
        for (var request : everyInstructorRequest().subList(0, 10)) {
            mvc.perform(request.with(user(instructor))).andExpect(status().isOk());
        }
        mvc.perform(get("/grades").with(user(instructor))).andExpect(status().isForbidden());
    }

    @Test
    void theGradebookExportIsExcelFriendlyCsvWithTheKazakhNameIntactAndNoFormulas() throws Exception {
        var body = mvc.perform(get("/instructor/gradebook/export.csv").with(user(instructor)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        var text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        var row = records.stream().filter(r -> r.get("Student").equals(KAZAKH_NAME)).findFirst().orElseThrow();
        assertThat(row.get("Username")).isEqualTo(taken.student().getUsername());
        var quizTitle = jdbc.sql("SELECT title FROM quiz WHERE id = ?").params(taken.quizId()).query(String.class).single();
        assertThat(row.isMapped(quizTitle)).isTrue();
        // provisional (three essays wait) but scored: a number
        assertThat(row.get(quizTitle)).matches("\\d+(\\.\\d+)?");
    }

    @Test
    void theAnswersExportHasOneRowPerQuestionWithAnswersNeutralised() throws Exception {
        var body = mvc.perform(get("/instructor/gradebook/quizzes/{id}/answers.csv", taken.quizId()).with(user(instructor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        var questions = jdbc.sql("SELECT count(*) FROM attempt_question WHERE attempt_id = ?").params(taken.attemptId())
                .query(Long.class).single();
        assertThat(records).hasSize(questions.intValue()).allSatisfy(r -> assertThat(r.get("Student")).isEqualTo(KAZAKH_NAME));
        var essays = records.stream().filter(r -> r.get("Type").equals("ESSAY")).toList();
        assertThat(essays).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("Answer")).isEqualTo("'=HYPERLINK(\"x\") Қазақстан");
            assertThat(r.get("Needs grading")).isEqualTo("true");
            assertThat(r.get("Points")).isEmpty();
        });
    }

    @Test
    void pointsAboveTheMaximumAreRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        long essay = taken.essayVersions().get(0);
        var page = mvc.perform(post("/instructor/grading/attempts/{id}/questions/{v}", taken.attemptId(), essay)
                        .param("action", "grade").param("points", "1000").param("revision", "0").param("back", "attempt")
                        .with(user(instructor)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Enter a number of points from 0 to").contains("is-invalid").doesNotContain("Exception");
        mvc.perform(post("/instructor/grading/attempts/{id}/questions/{v}", taken.attemptId(), essay)
                        .param("action", "grade").param("points", "lots").param("revision", "0").param("back", "queue")
                        .with(user(instructor)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(auditLines()).isZero();
        assertThat(needingGrading()).isEqualTo(3);
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedAndAStaleFormIsRefusedAfterSomeoneElseGraded() throws Exception {
        long essay = taken.essayVersions().get(0);
        mvc.perform(post("/instructor/grading/attempts/{id}/questions/{v}", taken.attemptId(), essay)
                        .param("action", "grade").param("points", "1.5").param("comment", "Good use of the reading")
                        .param("revision", "0").param("back", "attempt").with(user(instructor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(auditLines()).isOne();

        // a second grader's form, filled in before the first grade
        var stale = mvc.perform(post("/instructor/grading/attempts/{id}/questions/{v}", taken.attemptId(), essay)
                        .param("action", "override").param("points", "0").param("reason", "too generous")
                        .param("revision", "0").param("back", "attempt").with(user(instructor)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone changed this mark while you were grading");
        var noReason = mvc.perform(post("/instructor/grading/attempts/{id}/questions/{v}", taken.attemptId(), essay)
                        .param("action", "override").param("points", "0").param("reason", " ")
                        .param("revision", "1").param("back", "attempt").with(user(instructor)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Give a reason");
        assertThat(auditLines()).isOne();

        var saved = mvc.perform(post("/instructor/grading/attempts/{id}/questions/{v}", taken.attemptId(), essay)
                        .param("action", "override").param("points", "0.5").param("reason", "Quote misread")
                        .param("revision", "1").param("back", "attempt").with(user(instructor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "gradebook.flash.overridden")).andReturn();
        var page = mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(user(instructor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Quote misread").contains("1.5 → 0.5").contains("Needs grading");
    }

    @Test
    void aStudentSeesTheirGradeOnlyOnceReleased() throws Exception {
        var before = mvc.perform(get("/grades").with(user(student))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(before).doesNotContain("id=\"quiz-" + taken.quizId() + "\"");

        mvc.perform(post("/instructor/gradebook/quizzes/{id}/release", taken.quizId()).with(user(instructor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var after = mvc.perform(get("/grades").with(user(student))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"quiz-" + taken.quizId() + "\"").contains("Needs grading");
        // another student sees nothing of it
        var other = AccountFixtures.principal(new AccountFixtures(users, encoder, clock).aStudent("other", "Иван Петров"));
        assertThat(mvc.perform(get("/grades").with(user(other))).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"quiz-" + taken.quizId() + "\"");
    }

    @Test
    void unknownQuizzesAndAttemptsAreNotFound() throws Exception {
        mvc.perform(get("/instructor/grading/quizzes/{id}", 987654321L).with(user(instructor))).andExpect(status().isNotFound());
        mvc.perform(get("/instructor/grading/attempts/{id}", java.util.UUID.randomUUID()).with(user(instructor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/instructor/statistics/quizzes/{id}", 987654321L).with(user(instructor))).andExpect(status().isNotFound());
        mvc.perform(get("/instructor/grading/attempts/{id}", "not-a-uuid").with(user(instructor)))
                .andExpect(status().is4xxClientError());
    }

    private long auditLines() {
        return jdbc.sql("SELECT count(*) FROM attempt_mark_change WHERE attempt_id = ?").params(taken.attemptId())
                .query(Long.class).single();
    }

    private long needingGrading() {
        return jdbc.sql("SELECT count(*) FROM attempt_question WHERE attempt_id = ? AND needs_grading")
                .params(taken.attemptId()).query(Long.class).single();
    }
}
