package app.steppe.attempt.domain;

import static app.steppe.attempt.domain.AttemptFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptTest {

    private final Attempt attempt = aThirtyMinuteAttemptWithFreeNavigation();

    @Test
    void startsInProgressWithTheDeadlineItWasGivenAndNoAnswers() {
        assertThat(attempt.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.deadline().at()).contains(DEADLINE);
        assertThat(attempt.startedAt()).isEqualTo(STARTED);
        assertThat(attempt.answers()).isEmpty();
        assertThat(attempt.finishedAt()).isEmpty();
        assertThat(attempt.currentPosition()).isZero();
    }

    @Test
    void refusesADeadlineBeforeTheStart() {
        assertThatThrownBy(() -> Attempt.start(anId(), QUIZ, STUDENT, QuestionPlan.of(java.util.List.of(Q1)), Navigation.FREE,
                STARTED, Deadline.at(STARTED.minusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void savesAnAnswerWithItsSequenceAndTime() {
        var result = attempt.saveAnswer(Q2, answer("{\"choice\":1}"), 1, minutesIn(3), GRACE);

        assertThat(result.outcome()).isEqualTo(SaveOutcome.ACCEPTED);
        assertThat(attempt.answerTo(Q2)).contains(new SavedAnswer(answer("{\"choice\":1}"), 1, minutesIn(3)));
    }

    @Test
    void aNewerSequenceReplacesTheAnswer() {
        attempt.saveAnswer(Q1, answer("a"), 1, minutesIn(1), GRACE);
        var result = attempt.saveAnswer(Q1, answer("b"), 2, minutesIn(2), GRACE);

        assertThat(result.outcome()).isEqualTo(SaveOutcome.ACCEPTED);
        assertThat(attempt.answerTo(Q1)).contains(new SavedAnswer(answer("b"), 2, minutesIn(2)));
    }

    @Test
    void ignoresAStaleSequenceFromAnOlderTab() {
        attempt.saveAnswer(Q1, answer("newer"), 5, minutesIn(1), GRACE);
        var result = attempt.saveAnswer(Q1, answer("older"), 4, minutesIn(2), GRACE);

        assertThat(result.outcome()).isEqualTo(SaveOutcome.IGNORED_STALE);
        assertThat(result.stored()).contains(new SavedAnswer(answer("newer"), 5, minutesIn(1)));
        assertThat(attempt.answerTo(Q1).orElseThrow().payload()).isEqualTo(answer("newer"));
    }

    @Test
    void aReplayOfTheSameSequenceChangesNothingAndReportsTheStoredAnswer() {
        attempt.saveAnswer(Q1, answer("first"), 3, minutesIn(1), GRACE);
        var replay = attempt.saveAnswer(Q1, answer("first"), 3, minutesIn(2), GRACE);

        assertThat(replay.outcome()).isEqualTo(SaveOutcome.IGNORED_STALE);
        assertThat(replay.stored()).contains(new SavedAnswer(answer("first"), 3, minutesIn(1)));
    }

    @Test
    void sequencesAreCountedPerQuestion() {
        attempt.saveAnswer(Q1, answer("q1"), 9, minutesIn(1), GRACE);

        assertThat(attempt.saveAnswer(Q2, answer("q2"), 1, minutesIn(2), GRACE).outcome()).isEqualTo(SaveOutcome.ACCEPTED);
    }

    @Test
    void refusesAnAnswerToAQuestionNotInTheAttempt() {
        var result = attempt.saveAnswer(NOT_IN_QUIZ, answer("x"), 1, minutesIn(1), GRACE);

        assertThat(result.outcome()).isEqualTo(SaveOutcome.REFUSED_UNKNOWN_QUESTION);
        assertThat(attempt.answers()).isEmpty();
    }

    @Test
    void acceptsASaveInsideTheGraceWindowAndAtItsLastInstant() {
        assertThat(attempt.saveAnswer(Q1, answer("late"), 1, DEADLINE.plusSeconds(2), GRACE).outcome()).isEqualTo(SaveOutcome.ACCEPTED);
        assertThat(attempt.saveAnswer(Q1, answer("later"), 2, DEADLINE.plus(GRACE), GRACE).outcome()).isEqualTo(SaveOutcome.ACCEPTED);
        assertThat(attempt.isOpen()).isTrue();
    }

    @Test
    void refusesASaveAfterTheGraceAndFinalizesTheAttemptAtItsDeadline() {
        attempt.saveAnswer(Q1, answer("kept"), 1, minutesIn(10), GRACE);

        var result = attempt.saveAnswer(Q1, answer("too late"), 2, DEADLINE.plus(GRACE).plusMillis(1), GRACE);

        assertThat(result.outcome()).isEqualTo(SaveOutcome.REFUSED_AFTER_DEADLINE);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.FINISHED);
        assertThat(attempt.finishKind()).contains(FinishKind.AUTO_AT_DEADLINE);
        assertThat(attempt.finishedAt()).contains(DEADLINE);
        assertThat(attempt.answerTo(Q1).orElseThrow().payload()).isEqualTo(answer("kept"));
    }

    @Test
    void theGraceIsTheOnePassedIn() {
        var noGrace = Duration.ZERO;

        assertThat(attempt.saveAnswer(Q1, answer("x"), 1, DEADLINE.plusSeconds(1), noGrace).outcome())
                .isEqualTo(SaveOutcome.REFUSED_AFTER_DEADLINE);
    }

    @Test
    void submitsOnceRecordingTheActualTimeAndTheStudentAsTheReason() {
        var result = attempt.submit(minutesIn(20), GRACE);

        assertThat(result).isEqualTo(SubmitResult.SUBMITTED);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.FINISHED);
        assertThat(attempt.finishKind()).contains(FinishKind.SUBMITTED_BY_STUDENT);
        assertThat(attempt.finishedAt()).contains(minutesIn(20));
    }

    @Test
    void aSubmitInsideTheGraceWindowKeepsTheActualTime() {
        attempt.submit(DEADLINE.plusSeconds(3), GRACE);

        assertThat(attempt.finishedAt()).contains(DEADLINE.plusSeconds(3));
        assertThat(attempt.finishKind()).contains(FinishKind.SUBMITTED_BY_STUDENT);
    }

    @Test
    void aSecondSubmitIsANoOp() {
        attempt.submit(minutesIn(20), GRACE);

        assertThat(attempt.submit(minutesIn(21), GRACE)).isEqualTo(SubmitResult.ALREADY_FINISHED);
        assertThat(attempt.finishedAt()).contains(minutesIn(20));
    }

    @Test
    void refusesASubmitAfterTheGraceAndFinishesAtTheDeadlineInstead() {
        var result = attempt.submit(DEADLINE.plus(GRACE).plusSeconds(1), GRACE);

        assertThat(result).isEqualTo(SubmitResult.REFUSED_AFTER_DEADLINE);
        assertThat(attempt.finishKind()).contains(FinishKind.AUTO_AT_DEADLINE);
        assertThat(attempt.finishedAt()).contains(DEADLINE);
    }

    @Test
    void refusesSavesAfterSubmitting() {
        attempt.saveAnswer(Q1, answer("before"), 1, minutesIn(1), GRACE);
        attempt.submit(minutesIn(2), GRACE);

        var result = attempt.saveAnswer(Q1, answer("after"), 2, minutesIn(3), GRACE);

        assertThat(result.outcome()).isEqualTo(SaveOutcome.REFUSED_FINISHED);
        assertThat(attempt.answerTo(Q1).orElseThrow().payload()).isEqualTo(answer("before"));
    }

    @Test
    void finalizingAnOverdueAttemptSetsFinishToTheDeadline() {
        assertThat(attempt.finalizeIfOverdue(DEADLINE.plus(Duration.ofHours(3)), GRACE)).isTrue();

        assertThat(attempt.status()).isEqualTo(AttemptStatus.FINISHED);
        assertThat(attempt.finishKind()).contains(FinishKind.AUTO_AT_DEADLINE);
        assertThat(attempt.finishedAt()).contains(DEADLINE);
    }

    @Test
    void finalizingBeforeTheDeadlineOrInsideTheGraceDoesNothing() {
        assertThat(attempt.finalizeIfOverdue(minutesIn(29), GRACE)).isFalse();
        assertThat(attempt.finalizeIfOverdue(DEADLINE.plus(GRACE), GRACE)).isFalse();
        assertThat(attempt.isOpen()).isTrue();
        assertThat(attempt.finishedAt()).isEmpty();
    }

    @Test
    void finalizingTwiceFinalizesOnce() {
        attempt.finalizeIfOverdue(DEADLINE.plusSeconds(60), GRACE);

        assertThat(attempt.finalizeIfOverdue(DEADLINE.plusSeconds(120), GRACE)).isFalse();
        assertThat(attempt.finishedAt()).contains(DEADLINE);
    }

    @Test
    void aSubmittedAttemptIsNotFinalizedAgainLater() {
        attempt.submit(minutesIn(5), GRACE);

        assertThat(attempt.finalizeIfOverdue(DEADLINE.plusSeconds(60), GRACE)).isFalse();
        assertThat(attempt.finishKind()).contains(FinishKind.SUBMITTED_BY_STUDENT);
        assertThat(attempt.finishedAt()).contains(minutesIn(5));
    }

    @Test
    void answersAreKeptAfterFinalizing() {
        attempt.saveAnswer(Q1, answer("one"), 1, minutesIn(1), GRACE);
        attempt.saveAnswer(Q3, answer("three"), 1, minutesIn(2), GRACE);

        attempt.finalizeIfOverdue(DEADLINE.plusSeconds(60), GRACE);

        assertThat(attempt.answers()).containsOnlyKeys(Q1, Q3);
        assertThat(attempt.answerTo(Q3).orElseThrow().payload()).isEqualTo(answer("three"));
    }

    @Test
    void anUntimedAttemptIsNeverOverdue() {
        var untimed = anUntimedAttempt();

        assertThat(untimed.finalizeIfOverdue(STARTED.plus(Duration.ofDays(400)), GRACE)).isFalse();
        assertThat(untimed.saveAnswer(Q1, answer("x"), 1, STARTED.plus(Duration.ofDays(400)), GRACE).accepted()).isTrue();
    }

    @Test
    void refusesMarksBeforeTheAttemptIsFinished() {
        assertThatThrownBy(() -> attempt.recordMarks(Map.of(Q1, BigDecimal.ONE), BigDecimal.TEN, false))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempt.grade()).isEmpty();
    }

    @Test
    void recordsMarksOnceFinishedWithTotalAndPercentage() {
        attempt.submit(minutesIn(10), GRACE);

        var grade = attempt.recordMarks(Map.of(Q1, new BigDecimal("1"), Q2, new BigDecimal("0.5"), Q3, BigDecimal.ZERO),
                new BigDecimal("3"), false);

        assertThat(grade.total()).isEqualByComparingTo("1.5");
        assertThat(grade.percentage()).isEqualTo(new BigDecimal("50.00"));
        assertThat(grade.state()).isEqualTo(GradeState.FINAL);
        assertThat(attempt.grade()).contains(grade);
    }

    @Test
    void marksNeedingAManualGradeAreProvisionalAndRoundHalfUp() {
        attempt.submit(minutesIn(10), GRACE);

        var grade = attempt.recordMarks(Map.of(Q1, new BigDecimal("2")), new BigDecimal("3"), true);

        assertThat(grade.percentage()).isEqualTo(new BigDecimal("66.67"));
        assertThat(grade.state()).isEqualTo(GradeState.PROVISIONAL);
    }

    @Test
    void refusesMarksForAQuestionNotInTheAttempt() {
        attempt.submit(minutesIn(10), GRACE);

        assertThatThrownBy(() -> attempt.recordMarks(Map.of(NOT_IN_QUIZ, BigDecimal.ONE), BigDecimal.TEN, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
