package app.steppe.study.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Our own choices around the reference formulas: validation, early reviews, fuzz, ordering, the day rule. */
class FsrsSchedulerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(SchedulerSettings.defaults());

    private Card reviewedDays(Card card, Rating rating, long days) {
        return scheduler.review(card, rating, card.due().plus(Duration.ofDays(days)), Fuzz.OFF);
    }

    /** Easy on a new card: Review, due in 8 days. */
    private Card aGraduatedCard() {
        return scheduler.review(Card.fresh(T0), Rating.EASY, T0, Fuzz.OFF);
    }

    @Test
    void refusesRatingsOutsideOneToFour() {
        assertThatThrownBy(() -> Rating.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.of(5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rating.of(1)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.of(4)).isEqualTo(Rating.EASY);
    }

    @Test
    void refusesWeightVectorsOfAnUnknownLength() {
        assertThatThrownBy(() -> Weights.of(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Weights.of(new double[19]).get(20)).isEqualTo(0.5);
    }

    @Test
    void refusesADesiredRetentionOutsideZeroToOne() {
        assertThatThrownBy(() -> SchedulerSettings.defaults().withDesiredRetention(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchedulerSettings.defaults().withDesiredRetention(1.01))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHigherDesiredRetentionSchedulesSooner() {
        Card card = aGraduatedCard();
        Instant due = card.due();
        Card at90 = scheduler.review(card, Rating.GOOD, due, Fuzz.OFF);
        Card at97 = scheduler.withDesiredRetention(0.97).review(card, Rating.GOOD, due, Fuzz.OFF);
        assertThat(at97.due()).isBefore(at90.due());
        assertThat(at97.memory()).isEqualTo(at90.memory());
    }

    @Test
    void anEarlyReviewGrowsStabilityLessThanAReviewWhenDue() {
        Card card = aGraduatedCard();
        Card early = scheduler.review(card, Rating.GOOD, T0.plus(Duration.ofDays(2)), Fuzz.OFF);
        Card onTime = scheduler.review(card, Rating.GOOD, card.due(), Fuzz.OFF);
        assertThat(early.memory().stability()).isGreaterThan(card.memory().stability())
                .isLessThan(onTime.memory().stability());
        assertThat(early.state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void aSecondReviewOnTheSameDayUsesTheSameDayFormulaAndNeverLowersStabilityOnAPass() {
        Card card = aGraduatedCard();
        Card again = scheduler.review(card, Rating.HARD, T0.plus(Duration.ofHours(3)), Fuzz.OFF);
        assertThat(again.memory().stability()).isEqualTo(card.memory().stability());
        assertThat(scheduler.elapsedDays(card, T0.plus(Duration.ofHours(3)))).isZero();
    }

    @Test
    void inReviewTheIntervalsOfHardGoodAndEasyStayInOrder() {
        Card card = aGraduatedCard();
        Instant due = card.due();
        long hard = Duration.between(due, scheduler.review(card, Rating.HARD, due, Fuzz.OFF).due()).toDays();
        long good = Duration.between(due, scheduler.review(card, Rating.GOOD, due, Fuzz.OFF).due()).toDays();
        long easy = Duration.between(due, scheduler.review(card, Rating.EASY, due, Fuzz.OFF).due()).toDays();
        assertThat(hard).isLessThan(good);
        assertThat(good).isLessThan(easy);
    }

    @Test
    void againInReviewSendsTheCardToRelearningForTenMinutes() {
        Card lapsed = reviewedDays(aGraduatedCard(), Rating.AGAIN, 0);
        assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
        assertThat(lapsed.step()).isZero();
        assertThat(Duration.between(lapsed.lastReview(), lapsed.due())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aSeededFuzzGivesTheSameIntervalEveryTimeAndStaysInTheRange() {
        Card card = aGraduatedCard();
        Instant at = card.due().plus(Duration.ofDays(30));
        Card unfuzzed = scheduler.review(card, Rating.GOOD, at, Fuzz.OFF);
        long plain = Duration.between(at, unfuzzed.due()).toDays();
        long delta = Math.round(1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * (plain - 20)) + 1;
        for (long seed = 0; seed < 50; seed++) {
            Card first = scheduler.review(card, Rating.GOOD, at, Fuzz.seeded(seed));
            Card replay = scheduler.review(card, Rating.GOOD, at, Fuzz.seeded(seed));
            assertThat(replay).isEqualTo(first);
            assertThat(Duration.between(at, first.due()).toDays()).isBetween(plain - delta, plain + delta);
        }
    }

    @Test
    void fuzzChangesOnlyTheDueDateNotTheMemory() {
        Card card = aGraduatedCard();
        Instant at = card.due().plus(Duration.ofDays(30));
        Card lowest = scheduler.review(card, Rating.GOOD, at, Fuzz.fixed(0));
        Card highest = scheduler.review(card, Rating.GOOD, at, Fuzz.fixed(0.999));
        assertThat(lowest.memory()).isEqualTo(highest.memory());
        assertThat(lowest.due()).isBefore(highest.due());
    }

    @Test
    void calendarDaysCountMidnightsInTheGivenZone() {
        ElapsedDays almaty = ElapsedDays.calendarDays(ZoneId.of("Asia/Almaty"));
        Instant lateEvening = Instant.parse("2026-03-02T18:50:00Z"); // 23:50 in Almaty (UTC+5)
        assertThat(almaty.between(lateEvening, lateEvening.plus(Duration.ofMinutes(20)))).isEqualTo(1);
        assertThat(ElapsedDays.wholeDays().between(lateEvening, lateEvening.plus(Duration.ofMinutes(20)))).isZero();
    }

    @Test
    void aClockThatSteppedBackCountsAsTheSameDay() {
        Card card = aGraduatedCard();
        Card next = scheduler.review(card, Rating.GOOD, T0.minusSeconds(5), Fuzz.OFF);
        assertThat(next.memory().stability()).isEqualTo(card.memory().stability());
    }

    @Test
    void aCardInStepsMustHaveAStepAndANewCardNoMemory() {
        assertThatThrownBy(() -> new Card(CardState.LEARNING, null, new MemoryState(1, 5), T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Card(CardState.NEW, null, new MemoryState(1, 5), null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
