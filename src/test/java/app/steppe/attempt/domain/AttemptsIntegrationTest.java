package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.QuizApi.StartCheck;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.shared.web.NotFoundException;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class AttemptsIntegrationTest {

    private static final Duration GRACE = Duration.ofSeconds(5);

    @Autowired Attempts attempts;
    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private AttemptFixtures quizzes;
    private AccountFixtures accounts;
    private Instant opens;

    @BeforeEach
    void fixtures() {
        quizzes = new AttemptFixtures(publisher, bank);
        accounts = new AccountFixtures(users, encoder, clock);
        opens = clock.instant().minus(Duration.ofHours(1));
        // attempt times are kept to the millisecond
    }

    private long aStudent() {
        return accounts.aStudent("taker", "Айгерім Test").getId();
    }

    @Test
    void aSecondStartResumesTheOpenAttemptInsteadOfStartingAnother() {
        long quiz = quizzes.aTimedQuiz(opens, 5);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        var first = attempts.start(quiz, student, now);
        var second = attempts.start(quiz, student, now.plusSeconds(3));

        assertThat(first.kind()).isEqualTo(Attempts.StartResult.Kind.STARTED);
        assertThat(second.kind()).isEqualTo(Attempts.StartResult.Kind.RESUMED);
        assertThat(second.attemptId()).isEqualTo(first.attemptId());
        var page = attempts.taking(first.attemptId().orElseThrow(), student, now);
        assertThat(page.questions()).hasSize(5);
        assertThat(page.deadline()).contains(now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void manyStartsAtOnceGiveExactlyOneAttempt() throws Exception {
        long quiz = quizzes.aTimedQuiz(opens, 3);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        var ids = runTogether(16, i -> attempts.start(quiz, student, now).attemptId().orElseThrow());

        assertThat(ids.stream().distinct()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM attempt WHERE quiz_id = ? AND student_id = ?")
                .params(quiz, student).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aSavedAnswerIsThereAfterAReloadAndAStaleSaveCannotOverwriteIt() {
        long quiz = quizzes.aTimedQuiz(opens, 4);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var slot = attempts.taking(id, student, now).questions().get(0);

        var saved = attempts.save(id, student, slot.versionId(), new AnswerForm(Map.of("", List.of("newer"))), 5, now.plusSeconds(10));
        var stale = attempts.save(id, student, slot.versionId(), new AnswerForm(Map.of("", List.of("older"))), 4, now.plusSeconds(11));

        assertThat(saved.outcome()).isEqualTo(SaveOutcome.ACCEPTED);
        assertThat(stale.outcome()).isEqualTo(SaveOutcome.IGNORED_STALE);
        assertThat(stale.storedSequence()).isEqualTo(5);
        var reloaded = attempts.taking(id, student, now.plusSeconds(12)).questions().get(0);
        assertThat(reloaded.given().values("")).containsExactly("newer");
        assertThat(reloaded.sequence()).isEqualTo(5);
        assertThat(reloaded.answered()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM attempt_answer_log WHERE attempt_id = ?").params(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theServerRefusesSavesAndSubmitsAfterTheDeadlineAndGraceAndClosesTheAttemptAtTheDeadline() {
        long quiz = quizzes.aTimedQuiz(opens, 3);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var question = attempts.taking(id, student, now).questions().get(0).versionId();
        var deadline = now.plus(Duration.ofMinutes(30));

        var inGrace = attempts.save(id, student, question, new AnswerForm(Map.of("", List.of("in grace"))), 1, deadline.plus(GRACE));
        var late = attempts.save(id, student, question, new AnswerForm(Map.of("", List.of("late"))), 2, deadline.plus(GRACE).plusMillis(1));
        var lateSubmit = attempts.submit(id, student, deadline.plusSeconds(60));

        assertThat(inGrace.outcome()).isEqualTo(SaveOutcome.ACCEPTED);
        assertThat(late.outcome()).isEqualTo(SaveOutcome.REFUSED_AFTER_DEADLINE);
        assertThat(late.finished()).isTrue();
        assertThat(lateSubmit).isEqualTo(SubmitResult.REFUSED_AFTER_DEADLINE);
        var row = jdbc.sql("SELECT status, finish_kind, finished_at, grade_state FROM attempt WHERE id = ?").params(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant().toString(),
                        rs.getString(4))).single();
        assertThat(row).containsExactly("FINISHED", "AUTO_AT_DEADLINE", deadline.toString(), row.get(3));
        assertThat(row.get(3)).isIn("FINAL", "PROVISIONAL");
        assertThat(attempts.taking(id, student, deadline.plusSeconds(90)).questions().get(0).given().values(""))
                .containsExactly("in grace");
    }

    @Test
    void submittingScoresTheAttemptOnceAndASecondSubmitChangesNothing() {
        long quiz = quizzes.aTimedQuiz(opens, 6);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var page = attempts.taking(id, student, now);
        long seq = 1;
        for (var slot : page.questions()) {
            attempts.save(id, student, slot.versionId(), AttemptFixtures.anAnswerTo(slot, "Tokayev"), seq++, now.plusSeconds(seq));
        }

        var first = attempts.submit(id, student, now.plusSeconds(60));
        var total = totalOf(id);
        var second = attempts.submit(id, student, now.plusSeconds(61));

        assertThat(first).isEqualTo(SubmitResult.SUBMITTED);
        assertThat(second).isEqualTo(SubmitResult.ALREADY_FINISHED);
        assertThat(total).isNotNull();
        assertThat(totalOf(id)).isEqualTo(total);
        assertThat(jdbc.sql("SELECT count(*) FROM attempt_question WHERE attempt_id = ? AND mark_fraction IS NULL")
                .params(id).query(Long.class).single()).isZero();
        assertThat(attempts.save(id, student, page.questions().get(0).versionId(),
                new AnswerForm(Map.of("", List.of("after"))), 99, now.plusSeconds(62)).outcome())
                .isEqualTo(SaveOutcome.REFUSED_FINISHED);
    }

    @Test
    void aStudentCannotStartBeforeTheOpeningOrBeyondTheAttemptsAllowed() {
        long upcoming = quizzes.aTimedQuiz(clock.instant().plus(Duration.ofHours(2)), 2);
        long quiz = quizzes.aTimedQuiz(opens, 2);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        assertThat(attempts.start(upcoming, student, now).refusal()).contains(StartCheck.NOT_YET_OPEN);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        attempts.submit(id, student, now.plusSeconds(5));
        var again = attempts.start(quiz, student, now.plusSeconds(6));
        assertThat(again.kind()).isEqualTo(Attempts.StartResult.Kind.REFUSED);
        assertThat(again.refusal()).contains(StartCheck.NO_ATTEMPTS_LEFT);
        long other = aStudent();
        assertThat(attempts.start(quiz, other, now.plus(Duration.ofDays(2))).refusal()).contains(StartCheck.CLOSED);
    }

    @Test
    void anotherStudentsAttemptIsNotFoundAndAQuestionOutsideTheAttemptIsRefused() {
        long quiz = quizzes.aTimedQuiz(opens, 2);
        long student = aStudent();
        long intruder = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var question = attempts.taking(id, student, now).questions().get(0).versionId();
        var answer = new AnswerForm(Map.of("", List.of("x")));

        assertThatThrownBy(() -> attempts.taking(id, intruder, now)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.save(id, intruder, question, answer, 1, now)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.submit(id, intruder, now)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.taking(UUID.randomUUID(), student, now)).isInstanceOf(NotFoundException.class);
        assertThat(attempts.save(id, student, 999_999_999L, answer, 1, now).outcome()).isEqualTo(SaveOutcome.REFUSED_UNKNOWN_QUESTION);
        assertThat(attempts.taking(id, student, now).questions()).allMatch(slot -> !slot.answered());
    }

    @Test
    void sequentialNavigationAcceptsOnlyTheCurrentQuestionAndNeverGoesBack() {
        long quiz = quizzes.publish(AttemptFixtures.settings(opens, Optional.of(Duration.ofMinutes(20)), 3,
                Navigation.SEQUENTIAL, ReviewTiming.IMMEDIATELY, 1));
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var questions = attempts.taking(id, student, now).questions();
        var answer = new AnswerForm(Map.of("", List.of("x")));

        assertThat(attempts.save(id, student, questions.get(1).versionId(), answer, 1, now).outcome())
                .isEqualTo(SaveOutcome.REFUSED_NOT_REACHABLE);
        assertThat(attempts.move(id, student, 1, now)).isEqualTo(MoveResult.MOVED);
        assertThat(attempts.move(id, student, 0, now)).isEqualTo(MoveResult.REFUSED_GOING_BACK);
        assertThat(attempts.save(id, student, questions.get(0).versionId(), answer, 2, now).outcome())
                .isEqualTo(SaveOutcome.REFUSED_NOT_REACHABLE);
        assertThat(attempts.save(id, student, questions.get(1).versionId(), answer, 3, now).outcome())
                .isEqualTo(SaveOutcome.ACCEPTED);
    }

    @Test
    void theFinalizerSubmitsAndScoresAttemptsWhoseTimeRanOutWithNobodyOnThePage() {
        long quiz = quizzes.aTimedQuiz(opens, 3);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var slot = attempts.taking(id, student, now).questions().get(0);
        attempts.save(id, student, slot.versionId(), AttemptFixtures.anAnswerTo(slot, "Almaty"), 1, now.plusSeconds(30));
        var deadline = now.plus(Duration.ofMinutes(30));

        attempts.finalizeOverdue(deadline.plus(GRACE));
        assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
        int closed = attempts.finalizeOverdue(deadline.plus(GRACE).plusMillis(1));

        assertThat(closed).isGreaterThanOrEqualTo(1);
        assertThat(statusOf(id)).isEqualTo("FINISHED");
        var row = jdbc.sql("SELECT finish_kind, finished_at, total_points FROM attempt WHERE id = ?").params(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getBigDecimal(3)}).single();
        assertThat(row[0]).isEqualTo("AUTO_AT_DEADLINE");
        assertThat(row[1]).isEqualTo(deadline);
        assertThat(row[2]).isNotNull();
    }

    @Test
    void concurrentSavesAndSubmitsLeaveOneFinishedAttemptWithOneScoreAndTheLastAcceptedAnswers() throws Exception {
        long quiz = quizzes.aTimedQuiz(opens, 4);
        long student = aStudent();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
        var question = attempts.taking(id, student, now).questions().get(0).versionId();
        var lastAccepted = new AtomicLong();

        var outcomes = runTogether(40, i -> {
            if (i % 5 == 4) {
                return attempts.submit(id, student, now.plusSeconds(30)).name();
            }
            var result = attempts.save(id, student, question, new AnswerForm(Map.of("", List.of("answer " + i))), i + 1, now.plusSeconds(20));
            if (result.outcome() == SaveOutcome.ACCEPTED) {
                lastAccepted.accumulateAndGet(i + 1, Math::max);
            }
            return result.outcome().name();
        });

        assertThat(outcomes.stream().filter("SUBMITTED"::equals)).hasSize(1);
        assertThat(outcomes).contains("ALREADY_FINISHED");
        var stored = jdbc.sql("SELECT answer_sequence, answer FROM attempt_question WHERE attempt_id = ? AND question_version_id = ?")
                .params(id, question).query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)}).optional();
        if (lastAccepted.get() > 0) {
            assertThat(stored.orElseThrow()[0]).isEqualTo(lastAccepted.get());
            assertThat((String) stored.orElseThrow()[1]).contains("answer " + (lastAccepted.get() - 1));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM attempt WHERE quiz_id = ? AND student_id = ? AND status = 'FINISHED' AND total_points IS NOT NULL")
                .params(quiz, student).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM attempt_answer_log WHERE attempt_id = ?").params(id).query(Long.class).single())
                .isEqualTo(outcomes.stream().filter("ACCEPTED"::equals).count());
    }

    private String statusOf(UUID id) {
        return jdbc.sql("SELECT status FROM attempt WHERE id = ?").params(id).query(String.class).single();
    }

    private java.math.BigDecimal totalOf(UUID id) {
        return jdbc.sql("SELECT total_points FROM attempt WHERE id = ?").params(id).query(java.math.BigDecimal.class).single();
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs the tasks on as many threads, released at the same moment. */
    static <T> List<T> runTogether(int count, Task<T> task) throws Exception {
        var pool = Executors.newFixedThreadPool(count);
        try {
            var ready = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    ready.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            ready.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
