package app.steppe.questionbank.domain.grounding;

/**
 * Finds the substring of a text nearest to a quote in edit distance (approximate substring matching: Sellers'
 * dynamic programme with Ukkonen's cut-off). A forward pass over the text finds where the best match ends, a
 * reversed pass from that end finds where it starts. Scoring every window with Levenshtein distance instead
 * would cost a factor of the number of windows more.
 */
final class ClosestPassageFinder {

    /** A range [start, end) of a text and its edit distance from the quote; start is -1 until known. */
    record Match(int start, int end, int distance) {
    }

    private ClosestPassageFinder() {
    }

    /**
     * The substring of {@code text} nearest to {@code quote} if its distance is below {@code worseThan}, else null.
     * Passing the best distance found so far lets the cut-off skip most of the work on texts that cannot beat it.
     */
    static Match bestEnd(char[] quote, char[] text, int worseThan) {
        int m = quote.length;
        int limit = Math.min(worseThan - 1, m); // only distances up to the limit are of interest
        if (limit < 0) {
            return null;
        }
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int lastActive = Math.min(limit + 1, m); // cells below it are known to exceed the limit
        Match best = null;
        for (int j = 0; j < text.length; j++) {
            char t = text[j];
            int diagonal = 0; // column[0] stays 0: a match may start anywhere
            int above = 0;
            for (int i = 1; i <= lastActive; i++) {
                int left = column[i];
                int cell = quote[i - 1] == t ? diagonal : 1 + Math.min(diagonal, Math.min(above, left));
                diagonal = left;
                column[i] = cell;
                above = cell;
            }
            while (lastActive > 0 && column[lastActive] > limit) {
                lastActive--;
            }
            if (lastActive == m) {
                best = new Match(-1, j + 1, column[m]);
                limit = column[m] - 1;
                if (limit < 0) {
                    return best;
                }
                while (lastActive > 0 && column[lastActive] > limit) {
                    lastActive--;
                }
            }
            if (lastActive < m) {
                lastActive++;
            }
        }
        return best;
    }

    /** Completes a match from {@link #bestEnd} with where it starts. */
    static Match withStart(char[] quote, char[] text, Match endOnly) {
        int end = endOnly.end();
        int m = quote.length;
        // a substring longer than quote + distance would cost more than the distance already found
        int reach = Math.min(end, m + endOnly.distance());
        int[] previous = new int[reach + 1];
        int[] current = new int[reach + 1];
        for (int j = 0; j <= reach; j++) {
            previous[j] = j; // anchored at the end: every text character left out costs one
        }
        for (int i = 1; i <= m; i++) {
            char q = quote[m - i];
            current[0] = i;
            for (int j = 1; j <= reach; j++) {
                int substitute = previous[j - 1] + (q == text[end - j] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int bestLength = 0;
        for (int j = 1; j <= reach; j++) {
            if (previous[j] < previous[bestLength]) {
                bestLength = j;
            }
        }
        return new Match(end - bestLength, end, previous[bestLength]);
    }
}
