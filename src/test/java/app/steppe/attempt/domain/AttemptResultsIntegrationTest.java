package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.AttemptResults;
import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class AttemptResultsIntegrationTest {

    @Autowired Attempts attempts;
    @Autowired AttemptResults results;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    /** A student who answers every question of a 10-question quiz with nonsense and submits. */
    private long aStudentWhoMissedEverything(ReviewTiming correctAnswers) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long quiz = new AttemptFixtures(publisher, bank).publish(AttemptFixtures.settings(now.minus(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(30)), 10, Navigation.FREE, correctAnswers, 1));
        long student = new AccountFixtures(users, encoder, clock).aStudent("missed", "Missed Everything").getId();
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        long seq = 1;
        for (var slot : attempts.taking(id, student, now).questions()) {
            attempts.save(id, student, slot.versionId(), new AnswerForm(Map.of("", List.of("zzz"))), seq++, now);
        }
        attempts.submit(id, student, now.plusSeconds(30));
        return student;
    }

    @Test
    void missedQuestionsAreReportedOnceTheReviewOptionsShowTheCorrectAnswers() {
        long student = aStudentWhoMissedEverything(ReviewTiming.IMMEDIATELY);

        var missed = results.missedQuestionsVisible(student, clock.instant());

        // essays wait for a grader and are not "missed"; every other question earned nothing
        assertThat(missed).hasSizeBetween(7, 10);
    }

    @Test
    void nothingIsReportedWhileTheCorrectAnswersAreHiddenUntilTheQuizCloses() {
        long student = aStudentWhoMissedEverything(ReviewTiming.AFTER_CLOSE);

        assertThat(results.missedQuestionsVisible(student, clock.instant())).isEmpty();
        assertThat(results.missedQuestionsVisible(student, clock.instant().plus(Duration.ofDays(2)))).isNotEmpty();
        assertThat(results.missedQuestionsVisible(aStudentWhoMissedEverything(ReviewTiming.NEVER), clock.instant().plus(Duration.ofDays(2))))
                .isEmpty();
    }
}
