package app.steppe.grading.scoring;

import java.util.Collection;

/** Checks that a response names only things the question has. */
final class Indexes {

    private Indexes() {
    }

    static boolean within(int index, int size) {
        return index >= 0 && index < size;
    }

    static boolean allWithin(Collection<Integer> indexes, int size) {
        return indexes.stream().allMatch(index -> within(index, size));
    }
}
