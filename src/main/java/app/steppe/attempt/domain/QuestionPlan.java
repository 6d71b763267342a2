package app.steppe.attempt.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The questions of one attempt in the order they were dealt, with the option order shown for each
 * question that has options; fixed at start so a reload shows the same page.
 */
public record QuestionPlan(List<QuestionKey> order, Map<QuestionKey, List<Integer>> optionOrder) {

    public QuestionPlan {
        order = List.copyOf(Objects.requireNonNull(order, "question order"));
        optionOrder = Map.copyOf(Objects.requireNonNull(optionOrder, "option order"));
        if (order.isEmpty()) {
            throw new IllegalArgumentException("an attempt has at least one question");
        }
        if (new HashSet<>(order).size() != order.size()) {
            throw new IllegalArgumentException("a question appears twice in " + order);
        }
        for (var entry : optionOrder.entrySet()) {
            if (!order.contains(entry.getKey())) {
                throw new IllegalArgumentException("option order for a question not in the attempt: " + entry.getKey());
            }
            requirePermutation(entry.getKey(), List.copyOf(entry.getValue()));
        }
    }

    public static QuestionPlan of(List<QuestionKey> order) {
        return new QuestionPlan(order, Map.of());
    }

    public boolean contains(QuestionKey key) {
        return order.contains(key);
    }

    public int size() {
        return order.size();
    }

    public QuestionKey at(int position) {
        return order.get(position);
    }

    public int positionOf(QuestionKey key) {
        return order.indexOf(key);
    }

    public List<Integer> optionOrderOf(QuestionKey key) {
        return optionOrder.getOrDefault(key, List.of());
    }

    private static void requirePermutation(QuestionKey key, List<Integer> shown) {
        var sorted = shown.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) != i) {
                throw new IllegalArgumentException("option order of " + key + " is not a permutation of 0.." + (shown.size() - 1) + ": " + shown);
            }
        }
    }
}
