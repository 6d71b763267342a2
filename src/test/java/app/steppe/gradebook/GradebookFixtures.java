package app.steppe.gradebook;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.GradeRelease;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.quiz.domain.QuizPublisher;

/**
 * A quiz with every question of a fresh copy of the shipped set (three of them essays) and a student with a Kazakh
 * name who has submitted an attempt at it, taken through the attempt service as the attempt page would.
 */
public final class GradebookFixtures {

    /** A submitted attempt: the essays' version ids are the answers that wait for a grader. */
    public record Taken(long quizId, UserAccount student, UUID attemptId, List<Long> essayVersions) {
    }

    private final Attempts attempts;
    private final QuizPublisher publisher;
    private final QuestionBankApi bank;
    private final QuestionBank questionBank;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final QuizGradeReleases releases;

    public GradebookFixtures(Attempts attempts, QuizPublisher publisher, QuestionBankApi bank, QuestionBank questionBank,
            UserAccountRepository users, PasswordEncoder encoder, Clock clock, QuizGradeReleases releases) {
        this.releases = releases;
        this.attempts = attempts;
        this.publisher = publisher;
        this.bank = bank;
        this.questionBank = questionBank;
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    public Taken aSubmittedAttemptWithEssays(String studentName) {
        var fixtures = new AttemptFixtures(publisher, bank);
        long setId = questionBank.duplicateSet(fixtures.shippedSetId());
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long quiz = fixtures.publishOn(setId, AttemptFixtures.settings(now.minus(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(60)), 0, Navigation.FREE, ReviewTiming.IMMEDIATELY, 1));
        // results held back until the instructor releases them, whatever the review options say
        releases.changeRelease(quiz, GradeRelease.MANUAL, now);
        var student = new AccountFixtures(users, encoder, clock).aStudent("graded", studentName);
        var id = attempts.start(quiz, student.getId(), now).attemptId().orElseThrow();
        var slots = attempts.taking(id, student.getId(), now).questions();
        long seq = 1;
        for (var slot : slots) {
            attempts.save(id, student.getId(), slot.versionId(), AttemptFixtures.anAnswerTo(slot, "=HYPERLINK(\"x\") Қазақстан"), seq++,
                    now.plusSeconds(1));
        }
        attempts.submit(id, student.getId(), now.plusSeconds(120));
        var essays = slots.stream().filter(s -> s.view().type().name().equals("ESSAY")).map(Attempts.QuestionSlot::versionId)
                .toList();
        return new Taken(quiz, student, id, essays);
    }

}
