package app.steppe.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The FSRS-6 scheduler: the memory update of {@link FsrsModel} on every review, plus the state machine that picks the
 * next due time (fsrs-spec.md §7). It follows fsrs-rs and Anki where the implementations differ: a same-day Hard
 * never lowers stability, Hard on a later learning step repeats that step, and in Review the passing intervals are
 * kept in order (hard ≤ good < easy).
 */
public final class FsrsScheduler {

    private static final Duration DAY = Duration.ofDays(1);

    private final SchedulerSettings settings;
    private final FsrsModel model;

    public FsrsScheduler(SchedulerSettings settings) {
        this.settings = settings;
        this.model = new FsrsModel(settings.weights(), settings.shortTerm());
    }

    public SchedulerSettings settings() {
        return settings;
    }

    public FsrsModel model() {
        return model;
    }

    /** The same scheduler aiming at another desired retention (each student sets their own). */
    public FsrsScheduler withDesiredRetention(double retention) {
        return new FsrsScheduler(settings.withDesiredRetention(retention));
    }

    /** Recall probability of a reviewed card at {@code now}; 1 for a new card, which has nothing to forget yet. */
    public double retrievability(Card card, Instant now) {
        if (card.memory() == null) {
            return 1;
        }
        return model.retrievability(elapsedDays(card, now), card.memory().stability());
    }

    public long elapsedDays(Card card, Instant now) {
        return card.lastReview() == null ? 0 : settings.elapsedDays().between(card.lastReview(), now);
    }

    /**
     * Reviews a card at {@code now}, due or not: an early review simply sees a higher recall probability (or the
     * same-day formula), which is how FSRS treats it.
     */
    public Card review(Card card, Rating rating, Instant now, Fuzz fuzz) {
        long elapsed = elapsedDays(card, now);
        OptionalDouble factor = fuzz.factor();
        if (!settings.shortTerm()) {
            return longTerm(card, rating, elapsed, now, factor);
        }
        MemoryState memory = nextMemory(card, elapsed, rating);
        switch (card.state()) {
            case NEW:
                return steps(CardState.LEARNING, settings.learningSteps(), 0, memory, rating, now, factor);
            case LEARNING:
                return steps(CardState.LEARNING, settings.learningSteps(), card.step(), memory, rating, now, factor);
            case RELEARNING:
                return steps(CardState.RELEARNING, settings.relearningSteps(), card.step(), memory, rating, now,
                        factor);
            default:
                return inReview(card, memory, rating, elapsed, now, factor);
        }
    }

    private MemoryState nextMemory(Card card, long elapsed, Rating rating) {
        return card.memory() == null ? model.initial(rating) : model.next(card.memory(), elapsed, rating);
    }

    private Card steps(CardState state, List<Duration> steps, int step, MemoryState memory, Rating rating,
            Instant now, OptionalDouble factor) {
        // steps may have been shortened since the card entered them: a pass beyond the last step graduates
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return graduate(memory, now, days(memory, factor));
        }
        switch (rating) {
            case AGAIN:
                return new Card(state, 0, memory, now, now.plus(steps.get(0)));
            case HARD:
                return new Card(state, step, memory, now, now.plus(hardDelay(steps, step)));
            case GOOD:
                if (step + 1 >= steps.size()) {
                    return graduate(memory, now, days(memory, factor));
                }
                return new Card(state, step + 1, memory, now, now.plus(steps.get(step + 1)));
            default:
                return graduate(memory, now, days(memory, factor));
        }
    }

    /** Hard halfway to the next step at first; on a later step it repeats that step (py-fsrs, Anki). */
    private static Duration hardDelay(List<Duration> steps, int step) {
        Duration first = steps.get(0);
        if (step > 0) {
            return steps.get(step);
        }
        if (steps.size() >= 2) {
            return first.plus(steps.get(1)).dividedBy(2);
        }
        Duration half = first.multipliedBy(3).dividedBy(2);
        Duration capped = first.plus(DAY);
        return half.compareTo(capped) > 0 ? capped : half;
    }

    private Card inReview(Card card, MemoryState memory, Rating rating, long elapsed, Instant now,
            OptionalDouble factor) {
        if (rating == Rating.AGAIN) {
            if (!settings.relearningSteps().isEmpty()) {
                return new Card(CardState.RELEARNING, 0, memory, now, now.plus(settings.relearningSteps().get(0)));
            }
            return graduate(memory, now, days(memory, factor));
        }
        // all three passing intervals come from the same pre-review state so that they can be kept in order
        MemoryState before = card.memory();
        long hard = days(model.next(before, elapsed, Rating.HARD), factor);
        long good = days(model.next(before, elapsed, Rating.GOOD), factor);
        long easy = days(model.next(before, elapsed, Rating.EASY), factor);
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        easy = Math.max(easy, good + 1);
        long chosen = rating == Rating.HARD ? hard : rating == Rating.GOOD ? good : easy;
        return graduate(memory, now, Math.min(chosen, settings.maximumInterval()));
    }

    /** No steps: every answer, a new card's too, gets whole days, all four kept in order. */
    private Card longTerm(Card card, Rating rating, long elapsed, Instant now, OptionalDouble factor) {
        long again = days(nextMemory(card, elapsed, Rating.AGAIN), factor);
        long hard = days(nextMemory(card, elapsed, Rating.HARD), factor);
        long good = days(nextMemory(card, elapsed, Rating.GOOD), factor);
        long easy = days(nextMemory(card, elapsed, Rating.EASY), factor);
        again = Math.min(again, hard);
        hard = Math.max(hard, again + 1);
        good = Math.max(good, hard + 1);
        easy = Math.max(easy, good + 1);
        long[] byGrade = {again, hard, good, easy};
        long chosen = Math.min(byGrade[rating.grade() - 1], settings.maximumInterval());
        return graduate(nextMemory(card, elapsed, rating), now, chosen);
    }

    /** Whole days, at least 1; fuzz spreads only intervals of 2.5 days and more, never below 2 (fsrs-spec.md §9). */
    private long days(MemoryState memory, OptionalDouble factor) {
        double raw = model.rawInterval(memory.stability(), settings.desiredRetention());
        if (raw < 2.5) {
            return FuzzRange.days(raw, 1, settings.maximumInterval(), OptionalDouble.empty());
        }
        return FuzzRange.days(raw, 2, settings.maximumInterval(), factor);
    }

    private static Card graduate(MemoryState memory, Instant now, long days) {
        return new Card(CardState.REVIEW, null, memory, now, now.plus(DAY.multipliedBy(days)));
    }
}
