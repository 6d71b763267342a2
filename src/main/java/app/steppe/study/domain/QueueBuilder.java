package app.steppe.study.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds today's review queue: every card due by the end of the study day, most overdue first, then new questions in
 * the order given, up to what is left of the daily new-card limit. Questions the caller excludes (those of quizzes
 * that are open or upcoming) never appear, due or new.
 */
public final class QueueBuilder {

    /** A card the student already has, with its due time. */
    public record ScheduledCard(long questionId, Instant due) {
    }

    private QueueBuilder() {
    }

    /**
     * @param cards         the student's cards (any due time; the ones not due by {@code endOfDay} are left out)
     * @param candidates    questions the student may meet as new cards, in the order to offer them
     * @param excluded      questions to leave out entirely
     * @param endOfDay      the end of the student's study day
     * @param newCardsLeft  new cards still allowed today (the daily limit minus those already met today)
     */
    public static List<QueueEntry> build(Collection<ScheduledCard> cards, Collection<Long> candidates,
            Collection<Long> excluded, Instant endOfDay, int newCardsLeft) {
        if (newCardsLeft < 0) {
            throw new IllegalArgumentException("new cards left cannot be negative");
        }
        Set<Long> left = new HashSet<>(excluded);
        Set<Long> known = new HashSet<>();
        cards.forEach(c -> known.add(c.questionId()));
        List<QueueEntry> queue = new ArrayList<>();
        cards.stream()
                .filter(c -> c.due().isBefore(endOfDay) && !left.contains(c.questionId()))
                .sorted(Comparator.comparing(ScheduledCard::due).thenComparing(ScheduledCard::questionId))
                .forEach(c -> queue.add(QueueEntry.due(c.questionId(), c.due())));
        new LinkedHashSet<>(candidates).stream()
                .filter(q -> !known.contains(q) && !left.contains(q))
                .limit(newCardsLeft)
                .forEach(q -> queue.add(QueueEntry.fresh(q)));
        return queue;
    }
}
