package app.steppe.attempt.domain;

import static app.steppe.attempt.domain.AttemptFixtures.DEADLINE;
import static app.steppe.attempt.domain.AttemptFixtures.GRACE;
import static app.steppe.attempt.domain.AttemptFixtures.NOT_IN_QUIZ;
import static app.steppe.attempt.domain.AttemptFixtures.Q1;
import static app.steppe.attempt.domain.AttemptFixtures.Q2;
import static app.steppe.attempt.domain.AttemptFixtures.aThirtyMinuteAttemptWithFreeNavigation;
import static app.steppe.attempt.domain.AttemptFixtures.answer;
import static app.steppe.attempt.domain.AttemptFixtures.minutesIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An attempt brought back from storage behaves exactly as the one that was stored. */
class AttemptRestoreTest {

    private static Attempt.Snapshot snapshotOf(Attempt a) {
        return new Attempt.Snapshot(a.id(), a.quizId(), a.studentId(), a.plan(), a.navigation(), a.startedAt(),
                a.deadline(), a.answers(), a.plan().order().stream().filter(a::isFlagged).collect(java.util.stream.Collectors.toSet()),
                a.currentPosition(), a.finishKind().orElse(null), a.finishedAt().orElse(null), a.grade().orElse(null));
    }

    @Test
    void anOpenAttemptComesBackWithItsAnswersFlagsAndPositionAndStillRefusesStaleSaves() {
        var original = aThirtyMinuteAttemptWithFreeNavigation();
        original.saveAnswer(Q1, answer("a"), 5, minutesIn(1), GRACE);
        original.flag(Q2, minutesIn(2), GRACE);
        original.moveTo(1, minutesIn(2), GRACE);

        var restored = Attempt.restore(snapshotOf(original));

        assertThat(restored.answers()).isEqualTo(original.answers());
        assertThat(restored.isFlagged(Q2)).isTrue();
        assertThat(restored.currentPosition()).isEqualTo(1);
        assertThat(restored.saveAnswer(Q1, answer("stale"), 4, minutesIn(3), GRACE).outcome()).isEqualTo(SaveOutcome.IGNORED_STALE);
    }

    @Test
    void aFinishedAttemptComesBackFinishedWithItsGradeAndRefusesSaves() {
        var original = aThirtyMinuteAttemptWithFreeNavigation();
        original.submit(minutesIn(10), GRACE);
        original.recordMarks(Map.of(Q1, BigDecimal.ONE), new BigDecimal("2"), false);

        var restored = Attempt.restore(snapshotOf(original));

        assertThat(restored.isFinished()).isTrue();
        assertThat(restored.finishKind()).contains(FinishKind.SUBMITTED_BY_STUDENT);
        assertThat(restored.grade()).isEqualTo(original.grade());
        assertThat(restored.saveAnswer(Q1, answer("late"), 9, minutesIn(11), GRACE).outcome()).isEqualTo(SaveOutcome.REFUSED_FINISHED);
        assertThat(restored.finalizeIfOverdue(DEADLINE.plusSeconds(60), GRACE)).isFalse();
    }

    @Test
    void aSnapshotWithAnAnswerToAQuestionOutsideThePlanIsRefused() {
        var original = aThirtyMinuteAttemptWithFreeNavigation();
        var broken = new Attempt.Snapshot(original.id(), original.quizId(), original.studentId(), original.plan(),
                original.navigation(), original.startedAt(), original.deadline(),
                Map.of(NOT_IN_QUIZ, new SavedAnswer(answer("x"), 1, minutesIn(1))), Set.of(), 0, null, null, null);
        assertThatThrownBy(() -> Attempt.restore(broken)).isInstanceOf(IllegalArgumentException.class);
    }
}
