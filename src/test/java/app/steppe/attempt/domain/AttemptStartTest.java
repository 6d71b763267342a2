package app.steppe.attempt.domain;

import static app.steppe.attempt.domain.AttemptFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptStartTest {

    private static final Instant LATER_THAT_WEEK = STARTED.plus(Duration.ofDays(3));

    @Test
    void startsANewAttemptWhenTheStudentHasNone() {
        var decision = AttemptStart.decide(List.of(), STARTED, GRACE, 1);

        assertThat(decision.kind()).isEqualTo(AttemptStart.Kind.START_NEW);
        assertThat(decision.resume()).isEmpty();
    }

    @Test
    void resumesTheOpenAttemptInsteadOfStartingASecondOne() {
        var open = aThirtyMinuteAttemptWithFreeNavigation();

        var decision = AttemptStart.decide(List.of(open), minutesIn(1), GRACE, 3);

        assertThat(decision.kind()).isEqualTo(AttemptStart.Kind.RESUME);
        assertThat(decision.resume()).containsSame(open);
        assertThat(decision.finalizedNow()).isEmpty();
    }

    @Test
    void resumesAnOpenAttemptStillInsideItsGrace() {
        var open = aThirtyMinuteAttemptWithFreeNavigation();

        assertThat(AttemptStart.decide(List.of(open), DEADLINE.plus(GRACE), GRACE, 1).kind()).isEqualTo(AttemptStart.Kind.RESUME);
    }

    @Test
    void startsANewAttemptWhileSomeAreLeft() {
        var first = aThirtyMinuteAttemptWithFreeNavigation();
        first.submit(minutesIn(10), GRACE);

        assertThat(AttemptStart.decide(List.of(first), LATER_THAT_WEEK, GRACE, 2).kind()).isEqualTo(AttemptStart.Kind.START_NEW);
    }

    @Test
    void refusesWhenEveryAllowedAttemptIsUsed() {
        var first = aThirtyMinuteAttemptWithFreeNavigation();
        first.submit(minutesIn(10), GRACE);
        var second = aThirtyMinuteAttemptStartedAt(STARTED.plus(Duration.ofDays(1)));
        second.submit(STARTED.plus(Duration.ofDays(1)).plusSeconds(60), GRACE);

        var decision = AttemptStart.decide(List.of(first, second), LATER_THAT_WEEK, GRACE, 2);

        assertThat(decision.kind()).isEqualTo(AttemptStart.Kind.REFUSED_NO_ATTEMPTS_LEFT);
        assertThat(decision.resume()).isEmpty();
    }

    @Test
    void anOverdueOpenAttemptIsFinalizedAtItsDeadlineAndCountsAsUsed() {
        var abandoned = aThirtyMinuteAttemptWithFreeNavigation();

        var decision = AttemptStart.decide(List.of(abandoned), LATER_THAT_WEEK, GRACE, 1);

        assertThat(decision.kind()).isEqualTo(AttemptStart.Kind.REFUSED_NO_ATTEMPTS_LEFT);
        assertThat(decision.finalizedNow()).containsExactly(abandoned);
        assertThat(abandoned.finishKind()).contains(FinishKind.AUTO_AT_DEADLINE);
        assertThat(abandoned.finishedAt()).contains(DEADLINE);
    }

    @Test
    void anOverdueOpenAttemptIsFinalizedAndANewOneStartsWhenOneIsLeft() {
        var abandoned = aThirtyMinuteAttemptWithFreeNavigation();

        var decision = AttemptStart.decide(List.of(abandoned), LATER_THAT_WEEK, GRACE, 2);

        assertThat(decision.kind()).isEqualTo(AttemptStart.Kind.START_NEW);
        assertThat(decision.finalizedNow()).containsExactly(abandoned);
    }

    @Test
    void refusesAQuizThatAllowsNoAttempts() {
        assertThatThrownBy(() -> AttemptStart.decide(List.of(), STARTED, GRACE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToDecideOverAttemptsOfDifferentStudents() {
        var mine = aThirtyMinuteAttemptWithFreeNavigation();
        var someoneElses = Attempt.start(anId(), QUIZ, STUDENT + 1, QuestionPlan.of(List.of(Q1)), Navigation.FREE, STARTED, Deadline.none());

        assertThatThrownBy(() -> AttemptStart.decide(List.of(mine, someoneElses), minutesIn(1), GRACE, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
