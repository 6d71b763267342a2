package app.steppe.study.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.study.domain.QueueBuilder.ScheduledCard;
import app.steppe.study.domain.QueueEntry.Kind;

class QueueBuilderTest {

    private static final Instant END_OF_DAY = Instant.parse("2026-03-02T19:00:00Z");
    private static final Instant MORNING = END_OF_DAY.minus(Duration.ofHours(14));

    private static ScheduledCard dueDaysAgo(long questionId, long days) {
        return new ScheduledCard(questionId, MORNING.minus(Duration.ofDays(days)));
    }

    private static List<Long> ids(List<QueueEntry> queue) {
        return queue.stream().map(QueueEntry::questionId).toList();
    }

    @Test
    void dueCardsComeFirstMostOverdueFirstThenNewCards() {
        List<QueueEntry> queue = QueueBuilder.build(List.of(dueDaysAgo(1, 0), dueDaysAgo(2, 5), dueDaysAgo(3, 1)),
                List.of(10L, 11L), List.of(), END_OF_DAY, 20);
        assertThat(ids(queue)).containsExactly(2L, 3L, 1L, 10L, 11L);
        assertThat(queue).extracting(QueueEntry::kind).containsExactly(Kind.DUE, Kind.DUE, Kind.DUE, Kind.NEW, Kind.NEW);
    }

    @Test
    void cardsDueLaterThanTodayAreLeftOut() {
        ScheduledCard tomorrow = new ScheduledCard(4, END_OF_DAY.plusSeconds(1));
        ScheduledCard lastMinuteToday = new ScheduledCard(5, END_OF_DAY.minusSeconds(1));
        assertThat(ids(QueueBuilder.build(List.of(tomorrow, lastMinuteToday), List.of(), List.of(), END_OF_DAY, 20)))
                .containsExactly(5L);
    }

    @Test
    void newCardsStopAtWhatIsLeftOfTheDailyLimitButDueCardsDoNot() {
        List<ScheduledCard> due = List.of(dueDaysAgo(1, 1), dueDaysAgo(2, 2), dueDaysAgo(3, 3));
        List<QueueEntry> queue = QueueBuilder.build(due, List.of(10L, 11L, 12L, 13L), List.of(), END_OF_DAY, 2);
        assertThat(ids(queue)).containsExactly(3L, 2L, 1L, 10L, 11L);
    }

    @Test
    void aLimitOfZeroOffersNoNewCards() {
        assertThat(QueueBuilder.build(List.of(), List.of(10L, 11L), List.of(), END_OF_DAY, 0)).isEmpty();
    }

    @Test
    void excludedQuestionsNeverAppearDueOrNew() {
        List<QueueEntry> queue = QueueBuilder.build(List.of(dueDaysAgo(1, 1), dueDaysAgo(2, 2)),
                List.of(10L, 11L, 12L), List.of(2L, 10L), END_OF_DAY, 2);
        assertThat(ids(queue)).containsExactly(1L, 11L, 12L);
    }

    @Test
    void aQuestionWithACardIsNeverOfferedAgainAsNew() {
        ScheduledCard notDueYet = new ScheduledCard(10, END_OF_DAY.plus(Duration.ofDays(3)));
        List<QueueEntry> queue = QueueBuilder.build(List.of(notDueYet, dueDaysAgo(11, 1)), List.of(10L, 11L, 12L),
                List.of(), END_OF_DAY, 5);
        assertThat(ids(queue)).containsExactly(11L, 12L);
    }

    @Test
    void aCandidateGivenTwiceIsOfferedOnce() {
        assertThat(ids(QueueBuilder.build(List.of(), List.of(10L, 10L, 11L), List.of(), END_OF_DAY, 5)))
                .containsExactly(10L, 11L);
    }

    @Test
    void refusesANegativeNumberOfNewCardsLeft() {
        assertThatThrownBy(() -> QueueBuilder.build(List.of(), List.of(), List.of(), END_OF_DAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
