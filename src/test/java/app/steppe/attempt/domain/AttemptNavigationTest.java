package app.steppe.attempt.domain;

import static app.steppe.attempt.domain.AttemptFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptNavigationTest {

    @Test
    void sequentialNavigationMovesForwardButNeverBack() {
        var attempt = aThirtyMinuteAttemptWithSequentialNavigation();

        assertThat(attempt.moveTo(1, minutesIn(1), GRACE)).isEqualTo(MoveResult.MOVED);
        assertThat(attempt.moveTo(0, minutesIn(2), GRACE)).isEqualTo(MoveResult.REFUSED_GOING_BACK);
        assertThat(attempt.currentPosition()).isEqualTo(1);
    }

    @Test
    void sequentialNavigationRefusesAnsweringAheadOrBehind() {
        var attempt = aThirtyMinuteAttemptWithSequentialNavigation();
        attempt.saveAnswer(Q1, answer("first"), 1, minutesIn(1), GRACE);

        assertThat(attempt.saveAnswer(Q3, answer("ahead"), 1, minutesIn(2), GRACE).outcome()).isEqualTo(SaveOutcome.REFUSED_NOT_REACHABLE);
        attempt.moveTo(1, minutesIn(3), GRACE);
        assertThat(attempt.saveAnswer(Q1, answer("behind"), 2, minutesIn(4), GRACE).outcome()).isEqualTo(SaveOutcome.REFUSED_NOT_REACHABLE);
        assertThat(attempt.saveAnswer(Q2, answer("current"), 1, minutesIn(5), GRACE).outcome()).isEqualTo(SaveOutcome.ACCEPTED);
        assertThat(attempt.answers()).containsOnlyKeys(Q1, Q2);
        assertThat(attempt.answerTo(Q1).orElseThrow().payload()).isEqualTo(answer("first"));
    }

    @Test
    void freeNavigationGoesBackAndAnswersAnyQuestion() {
        var attempt = aThirtyMinuteAttemptWithFreeNavigation();

        assertThat(attempt.moveTo(2, minutesIn(1), GRACE)).isEqualTo(MoveResult.MOVED);
        assertThat(attempt.moveTo(0, minutesIn(2), GRACE)).isEqualTo(MoveResult.MOVED);
        assertThat(attempt.saveAnswer(Q3, answer("x"), 1, minutesIn(3), GRACE).accepted()).isTrue();
    }

    @Test
    void refusesAPositionOutsideTheQuestions() {
        var attempt = aThirtyMinuteAttemptWithFreeNavigation();

        assertThat(attempt.moveTo(3, minutesIn(1), GRACE)).isEqualTo(MoveResult.REFUSED_OUT_OF_RANGE);
        assertThat(attempt.moveTo(-1, minutesIn(1), GRACE)).isEqualTo(MoveResult.REFUSED_OUT_OF_RANGE);
    }

    @Test
    void movingAfterTheGraceIsRefusedAndFinalizesTheAttempt() {
        var attempt = aThirtyMinuteAttemptWithFreeNavigation();

        assertThat(attempt.moveTo(1, DEADLINE.plus(GRACE).plusSeconds(1), GRACE)).isEqualTo(MoveResult.REFUSED_FINISHED);
        assertThat(attempt.finishedAt()).contains(DEADLINE);
        assertThat(attempt.currentPosition()).isZero();
    }

    @Test
    void flagsAndUnflagsQuestionsWhileOpen() {
        var attempt = aThirtyMinuteAttemptWithFreeNavigation();

        assertThat(attempt.flag(Q2, minutesIn(1), GRACE)).isTrue();
        assertThat(attempt.flag(Q3, minutesIn(1), GRACE)).isTrue();
        assertThat(attempt.unflag(Q3, minutesIn(2), GRACE)).isTrue();

        assertThat(attempt.summary().entries()).extracting(NavigationSummary.Entry::flagged).containsExactly(false, true, false);
    }

    @Test
    void refusesFlagsOnUnknownQuestionsAndOnFinishedAttempts() {
        var attempt = aThirtyMinuteAttemptWithFreeNavigation();

        assertThat(attempt.flag(NOT_IN_QUIZ, minutesIn(1), GRACE)).isFalse();
        attempt.submit(minutesIn(2), GRACE);
        assertThat(attempt.flag(Q1, minutesIn(3), GRACE)).isFalse();
        assertThat(attempt.summary().flaggedCount()).isZero();
    }

    @Test
    void theSummaryShowsAnsweredUnansweredAndFlaggedInQuestionOrder() {
        var attempt = aThirtyMinuteAttemptWithFreeNavigation();
        attempt.saveAnswer(Q1, answer("a"), 1, minutesIn(1), GRACE);
        attempt.saveAnswer(Q3, answer("c"), 1, minutesIn(2), GRACE);
        attempt.flag(Q3, minutesIn(3), GRACE);
        attempt.moveTo(2, minutesIn(3), GRACE);

        var summary = attempt.summary();

        assertThat(summary.entries()).containsExactly(
                new NavigationSummary.Entry(0, Q1, true, false),
                new NavigationSummary.Entry(1, Q2, false, false),
                new NavigationSummary.Entry(2, Q3, true, true));
        assertThat(summary.answeredCount()).isEqualTo(2);
        assertThat(summary.unansweredCount()).isEqualTo(1);
        assertThat(summary.flaggedCount()).isEqualTo(1);
        assertThat(summary.currentPosition()).isEqualTo(2);
    }

    @Test
    void keepsTheOptionOrderShownForEachQuestion() {
        var plan = new QuestionPlan(List.of(Q1, Q2), Map.of(Q1, List.of(2, 0, 1)));
        var attempt = Attempt.start(anId(), QUIZ, STUDENT, plan, Navigation.FREE, STARTED, Deadline.at(DEADLINE));

        assertThat(attempt.plan().optionOrderOf(Q1)).containsExactly(2, 0, 1);
        assertThat(attempt.plan().optionOrderOf(Q2)).isEmpty();
    }
}
