package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class AttemptMarkingIntegrationTest {

    @Autowired Attempts attempts;
    @Autowired AttemptMarking marking;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired QuestionBank questionBank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    /** A submitted attempt at every question of a fresh copy of the shipped set, each answered somehow. */
    private record Taken(long setId, long quizId, long studentId, UUID attemptId, List<Attempts.QuestionSlot> slots) {
    }

    private Taken aSubmittedAttemptAtACopyOfTheShippedSet() {
        var fixtures = new AttemptFixtures(publisher, bank);
        long setId = questionBank.duplicateSet(fixtures.shippedSetId());
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long quiz = fixtures.publishOn(setId, AttemptFixtures.settings(now.minus(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(60)), 0, Navigation.FREE, ReviewTiming.IMMEDIATELY, 1));
        long student = new AccountFixtures(users, encoder, clock).aStudent("marked", "Marked Student").getId();
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var slots = attempts.taking(id, student, now).questions();
        long seq = 1;
        for (var slot : slots) {
            attempts.save(id, student, slot.versionId(), AttemptFixtures.anAnswerTo(slot, "An answer citing the reading"),
                    seq++, now.plusSeconds(1));
        }
        attempts.submit(id, student, now.plusSeconds(120));
        return new Taken(setId, quiz, student, id, slots);
    }

    private String gradeState(UUID id) {
        return jdbc.sql("SELECT grade_state FROM attempt WHERE id = ?").params(id).query(String.class).single();
    }

    private BigDecimal total(UUID id) {
        return jdbc.sql("SELECT total_points FROM attempt WHERE id = ?").params(id).query(BigDecimal.class).single();
    }

    @Test
    void anAttemptWithEssaysIsProvisionalUntilTheLastEssayIsGradedAndEveryGradeIsAudited() {
        var taken = aSubmittedAttemptAtACopyOfTheShippedSet();
        var essays = taken.slots().stream().filter(s -> s.view().type().name().equals("ESSAY")).toList();
        assertThat(essays).hasSize(3);
        assertThat(gradeState(taken.attemptId())).isEqualTo("PROVISIONAL");
        var before = total(taken.attemptId());
        long grader = new AccountFixtures(users, encoder, clock).anInstructor("grader").getId();
        var now = clock.instant();

        for (int i = 0; i < essays.size(); i++) {
            assertThat(gradeState(taken.attemptId())).isEqualTo("PROVISIONAL");
            var result = marking.grade(taken.attemptId(), essays.get(i).versionId(), BigDecimal.ONE, "Comment " + i, 0, grader, now);
            assertThat(result.refusal()).isEmpty();
        }

        assertThat(gradeState(taken.attemptId())).isEqualTo("FINAL");
        assertThat(total(taken.attemptId())).isEqualByComparingTo(before.add(new BigDecimal("3")));
        var audit = marking.history(taken.attemptId());
        assertThat(audit).hasSize(3).allSatisfy(line -> {
            assertThat(line.kind()).isEqualTo(MarkSheet.ChangeKind.MANUAL_GRADE);
            assertThat(line.changedBy()).contains(grader);
            assertThat(line.newPoints()).isEqualByComparingTo("1");
        });
        // the same form sent again is stale: the essay was graded since
        assertThat(marking.grade(taken.attemptId(), essays.get(0).versionId(), new BigDecimal("2"), null, 0, grader, now)
                .refusal()).contains(MarkSheet.Refusal.NOT_AWAITING_GRADE);
        assertThat(marking.override(taken.attemptId(), essays.get(0).versionId(), new BigDecimal("2"), "re-read", null, 0, grader, now)
                .refusal()).contains(MarkSheet.Refusal.STALE);
        assertThat(marking.history(taken.attemptId())).hasSize(3);
    }

    @Test
    void aCorrectedKeyRegradesAfterADryRunThatListsTheSameChangeAndKeepsManualMarks() {
        var taken = aSubmittedAttemptAtACopyOfTheShippedSet();
        // a single-choice question: the student picked the first option shown; the correction makes that option right
        var slot = taken.slots().stream().filter(s -> s.view().type().name().equals("SINGLE_CHOICE")).findFirst().orElseThrow();
        var asked = bank.asked(List.of(slot.versionId())).get(slot.versionId());
        String picked = slot.view().choices().get(0).value();
        var original = (SingleChoice) asked.content().answer();
        boolean wasRight = original.options().stream().anyMatch(o -> o.correct() && o.text().equals(picked));
        // right → another option becomes the one right answer; wrong → the picked one does
        String nowRight = wasRight ? original.options().stream().map(ChoiceOption::text).filter(t -> !t.equals(picked))
                .findFirst().orElseThrow() : picked;
        var corrected = new SingleChoice(original.options().stream()
                .map(o -> new ChoiceOption(o.text(), o.text().equals(nowRight), o.feedback())).toList(), original.shuffle());
        var content = asked.content();
        var changed = questionBank.changeQuestion(asked.questionId(), new QuestionContent(content.slug(), content.prompt(),
                content.points(), content.tags(), content.explanation(), content.citations(), corrected), 1);
        assertThat(changed.ok()).as("%s", changed.violations()).isTrue();
        var before = total(taken.attemptId());

        var dryRun = marking.regradeDryRun(taken.quizId(), asked.questionId());
        assertThat(total(taken.attemptId())).as("a dry run changes nothing").isEqualByComparingTo(before);
        var applied = marking.regrade(taken.quizId(), asked.questionId(), 1L, clock.instant());

        assertThat(dryRun).hasSize(1);
        assertThat(applied).isEqualTo(dryRun);
        var expected = wasRight ? before.subtract(content.points()) : before.add(content.points());
        assertThat(dryRun.get(0).oldTotal()).isEqualByComparingTo(before);
        assertThat(dryRun.get(0).newTotal()).isEqualByComparingTo(expected);
        assertThat(total(taken.attemptId())).isEqualByComparingTo(expected);
        assertThat(marking.history(taken.attemptId())).singleElement()
                .satisfies(line -> assertThat(line.kind()).isEqualTo(MarkSheet.ChangeKind.REGRADE));
        assertThat(marking.regradeDryRun(taken.quizId(), asked.questionId())).as("nothing left to change").isEmpty();
    }

    @Test
    void aRegradeLeavesAMarkAnInstructorOverrode() {
        var taken = aSubmittedAttemptAtACopyOfTheShippedSet();
        var slot = taken.slots().stream().filter(s -> s.view().type().name().equals("SINGLE_CHOICE")).findFirst().orElseThrow();
        var asked = bank.asked(List.of(slot.versionId())).get(slot.versionId());
        var revision = jdbc.sql("SELECT mark_revision FROM attempt_question WHERE attempt_id = ? AND question_version_id = ?")
                .params(taken.attemptId(), slot.versionId()).query(Integer.class).single();
        marking.override(taken.attemptId(), slot.versionId(), new BigDecimal("0.5"), "half credit agreed in class", null,
                revision, 1L, clock.instant());
        var original = (SingleChoice) asked.content().answer();
        // the picked option's rightness flips, so without the override the regrade would change this mark
        String picked = slot.view().choices().get(0).value();
        boolean wasRight = original.options().stream().anyMatch(o -> o.correct() && o.text().equals(picked));
        String nowRight = wasRight ? original.options().stream().map(ChoiceOption::text).filter(t -> !t.equals(picked))
                .findFirst().orElseThrow() : picked;
        var flipped = new SingleChoice(original.options().stream()
                .map(o -> new ChoiceOption(o.text(), o.text().equals(nowRight), o.feedback())).toList(), original.shuffle());
        var content = asked.content();
        assertThat(questionBank.changeQuestion(asked.questionId(), new QuestionContent(content.slug(), content.prompt(),
                content.points(), content.tags(), content.explanation(), content.citations(), flipped), 1).ok()).isTrue();

        assertThat(marking.regradeDryRun(taken.quizId(), asked.questionId())).isEmpty();
        assertThat(jdbc.sql("SELECT points FROM attempt_question WHERE attempt_id = ? AND question_version_id = ?")
                .params(taken.attemptId(), slot.versionId()).query(BigDecimal.class).single()).isEqualByComparingTo("0.5");
    }
}
