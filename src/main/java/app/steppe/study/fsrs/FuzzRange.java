package app.steppe.study.fsrs;

import java.util.OptionalDouble;

/**
 * Turns an unrounded interval into whole days, spreading it by a fuzz factor within a range that widens with the
 * interval (fsrs-spec.md §9): ±1 day near 2.5 days, then 15%, 10% and 5% of the parts beyond 2.5, 7 and 20 days.
 */
final class FuzzRange {

    private FuzzRange() {
    }

    static long days(double interval, long minimum, long maximum, OptionalDouble factor) {
        long min = Math.min(minimum, maximum);
        if (factor.isEmpty()) {
            return clamp(Math.round(interval), min, maximum);
        }
        double ivl = Math.min(Math.max(interval, min), maximum);
        long lo;
        long hi;
        if (ivl < 2.5) {
            lo = Math.round(ivl);
            hi = lo;
        } else {
            double delta = 1 + 0.15 * Math.max(0, Math.min(ivl, 7) - 2.5) + 0.10 * Math.max(0, Math.min(ivl, 20) - 7)
                    + 0.05 * Math.max(0, ivl - 20);
            lo = Math.round(ivl - delta);
            hi = Math.round(ivl + delta);
        }
        lo = clamp(lo, min, maximum);
        hi = clamp(hi, min, maximum);
        if (hi == lo && hi > 2 && hi < maximum) {
            // a range squeezed to one day by the bounds would not spread anything
            hi = lo + 1;
        }
        // floor, not round: rounding could return hi + 1
        return (long) Math.floor(lo + factor.getAsDouble() * (hi - lo + 1));
    }

    private static long clamp(long v, long min, long max) {
        return Math.min(Math.max(v, min), max);
    }
}
