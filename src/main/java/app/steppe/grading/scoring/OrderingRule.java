package app.steppe.grading.scoring;

import java.util.List;

import app.steppe.questionbank.domain.Ordering;

/**
 * <b>Ordering: the share of item pairs in the right relative order.</b> Of the n(n−1)/2 pairs of items (i, j) with i
 * before j in the correct order, count those the student also put i before j. The correct order earns everything,
 * the fully reversed order nothing, one swap of two neighbours among four items 5/6. The response must place every
 * item exactly once; anything else (a missing, repeated or unknown item) earns nothing.
 */
public final class OrderingRule {

    private OrderingRule() {
    }

    public static Mark score(Ordering spec, OrderingResponse response) {
        int n = spec.items().size();
        int[] position = positionsOf(response.order(), n);
        if (position.length == 0) {
            return Mark.zero();
        }
        long inOrder = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (position[i] < position[j]) {
                    inOrder++;
                }
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        return pairs == 0 ? Mark.full() : Mark.share(inOrder, pairs);
    }

    /** Where the student put each item, or an empty array if the order is not a permutation of the n items. */
    private static int[] positionsOf(List<Integer> order, int n) {
        if (n == 0 || order.size() != n) {
            return new int[0];
        }
        int[] position = new int[n];
        boolean[] placed = new boolean[n];
        for (int at = 0; at < n; at++) {
            int item = order.get(at);
            if (!Indexes.within(item, n) || placed[item]) {
                return new int[0];
            }
            placed[item] = true;
            position[item] = at;
        }
        return position;
    }
}
