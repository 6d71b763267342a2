package app.steppe.attempt.domain;

import static app.steppe.attempt.domain.AttemptFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptValuesTest {

    @Test
    void anAnswerMayBeTwentyThousandCharactersButNoMore() {
        assertThat(new AnswerPayload("x".repeat(20_000)).json()).hasSize(20_000);
        assertThatThrownBy(() -> new AnswerPayload("x".repeat(20_001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerPayload(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aQuestionKeyIsAPositiveVersionId() {
        assertThatThrownBy(() -> new QuestionKey(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanRefusesNoQuestionsDuplicatesAndForeignOptionOrders() {
        assertThatThrownBy(() -> QuestionPlan.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuestionPlan.of(List.of(Q1, Q1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionPlan(List.of(Q1), Map.of(Q2, List.of(0, 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOptionOrderMustBeAPermutation() {
        assertThatThrownBy(() -> new QuestionPlan(List.of(Q1), Map.of(Q1, List.of(0, 0, 2)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionPlan(List.of(Q1), Map.of(Q1, List.of(1, 2)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noDeadlineIsNeverOverdueAndADeadlineIsOverdueOnlyPastItsGrace() {
        assertThat(Deadline.none().isOverdue(DEADLINE.plus(Duration.ofDays(999)), GRACE)).isFalse();
        assertThat(Deadline.at(DEADLINE).isOverdue(DEADLINE.plus(GRACE), GRACE)).isFalse();
        assertThat(Deadline.at(DEADLINE).isOverdue(DEADLINE.plus(GRACE).plusNanos(1), GRACE)).isTrue();
    }

    @Test
    void theGraceCannotBeNegativeAndDefaultsToFiveSeconds() {
        assertThat(AttemptTimingPolicy.withDefaultGrace().networkGrace()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> new AttemptTimingPolicy(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGradeRefusesATotalAboveMaxAndAZeroMax() {
        assertThatThrownBy(() -> Grade.of(Map.of(Q1, new BigDecimal("4")), new BigDecimal("3"), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grade.of(Map.of(), BigDecimal.ZERO, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grade.of(Map.of(Q1, new BigDecimal("-1")), BigDecimal.TEN, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGradeRefusesAPercentageThatDoesNotMatchItsPoints() {
        assertThatThrownBy(() -> new Grade(Map.of(Q1, BigDecimal.ONE), BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("50.00"), GradeState.FINAL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
