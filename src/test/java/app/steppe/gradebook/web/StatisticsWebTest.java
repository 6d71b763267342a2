package app.steppe.gradebook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.support.SteppeWebTest;

/** The statistics page of a quiz that draws its questions at random: every question asked is analysed. */
@SteppeWebTest
class StatisticsWebTest {

    @Autowired MockMvc mvc;
    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired QuestionBank questionBank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    @Test
    void listsEveryQuestionAskedWithItsAttemptCountWhenTheQuizDrawsTwoOfFour() throws Exception {
        long quiz = aQuizDrawingTwoOfFourQuestions();
        var accounts = new AccountFixtures(users, encoder, clock);
        Map<String, Integer> askedIn = new LinkedHashMap<>();
        UserAccount student = null;
        int submitted = 0;
        // three students; a fourth and on only in the one case in 36 that all three drew the same two questions
        while (submitted < 3 || askedIn.size() == 2) {
            student = accounts.aStudent("drawn", "Drawn Student " + submitted++);
            submitAnAttempt(quiz, student).forEach(slug -> askedIn.merge(slug, 1, Integer::sum));
        }

        var page = statisticsPage(quiz);

        Map<String, Integer> listed = new LinkedHashMap<>();
        for (var row : page.select("#question-statistics tbody tr:not(.distractors)")) {
            listed.put(row.selectFirst("td:nth-child(2) span").text(),
                    Integer.parseInt(row.selectFirst("td.asked-in").text().replaceAll("\\D", "")));
        }
        assertThat(listed).isEqualTo(askedIn);
        assertThat(listed).hasSizeGreaterThan(2);
        assertThat(listed.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(submitted * 2);
        assertThat(page.select("#test-statistics dd").first().text()).isEqualTo(String.valueOf(submitted));
        assertThat(page.select("#drawn-note")).hasSize(1);
        mvc.perform(get("/instructor/statistics/quizzes/{id}", quiz).with(user(AccountFixtures.principal(student))))
                .andExpect(status().isForbidden());
    }

    /** A copy of the shipped set cut down to four questions answered automatically, two drawn for each attempt. */
    private long aQuizDrawingTwoOfFourQuestions() {
        var fixtures = new AttemptFixtures(publisher, bank);
        long setId = questionBank.duplicateSet(fixtures.shippedSetId());
        var kept = new HashSet<Long>();
        for (var question : bank.questions(setId)) {
            if (kept.size() < 4 && !question.type().equals("ESSAY")) {
                kept.add(question.questionId());
            } else {
                questionBank.deleteQuestion(question.questionId());
            }
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return fixtures.publishOn(setId, AttemptFixtures.settings(now.minus(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(60)), 2, Navigation.FREE, ReviewTiming.IMMEDIATELY, 1));
    }

    /** Answers every question of a new attempt and submits it; returns the slugs of the questions it asked. */
    private Set<String> submitAnAttempt(long quiz, UserAccount student) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student.getId(), now).attemptId().orElseThrow();
        var slots = attempts.taking(id, student.getId(), now).questions();
        long seq = 1;
        var versions = new HashSet<Long>();
        for (var slot : slots) {
            attempts.save(id, student.getId(), slot.versionId(), AttemptFixtures.anAnswerTo(slot, "Astana", "1"), seq++,
                    now.plusSeconds(1));
            versions.add(slot.versionId());
        }
        attempts.submit(id, student.getId(), now.plusSeconds(60));
        assertThat(slots).hasSize(2);
        var slugs = new HashSet<String>();
        bank.asked(versions).values().forEach(asked -> slugs.add(asked.content().slug()));
        return slugs;
    }

    private Document statisticsPage(long quiz) throws Exception {
        var instructor = AccountFixtures.principal(new AccountFixtures(users, encoder, clock).anInstructor("stats"));
        var html = mvc.perform(get("/instructor/statistics/quizzes/{id}", quiz).with(user(instructor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
