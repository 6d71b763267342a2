package app.steppe.grading.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How many attempts scored in each band of the maximum total (each attempt's own maximum, when they differ): with 10
 * bins, [0, 10%), [10%, 20%), …, [90%, 100%], the last band closed so that full marks fall in it. Binning is done in
 * exact decimals, so a total of exactly 30% lands in [30%, 40%) and never in the band below through rounding.
 */
public record ScoreHistogram(List<Bin> bins) {

    public static final int DEFAULT_BIN_COUNT = 10;

    public ScoreHistogram {
        bins = List.copyOf(bins);
    }

    /** A band [fromPercent, toPercent), or [fromPercent, toPercent] for the last one. */
    public record Bin(double fromPercent, double toPercent, boolean includesUpperBound, int attempts) {
    }

    /**
     * @param totals   each attempt's total score, within [0, maxTotal]
     * @param maxTotal the quiz's maximum total; with a maximum of 0 every attempt lands in the first bin
     */
    public static ScoreHistogram of(List<BigDecimal> totals, BigDecimal maxTotal, int binCount) {
        return of(totals, Collections.nCopies(totals.size(), maxTotal), binCount);
    }

    /**
     * The same with each total out of its own attempt's maximum, for attempts that drew different questions.
     *
     * @param maxima each attempt's maximum total, in the order of {@code totals}
     */
    public static ScoreHistogram of(List<BigDecimal> totals, List<BigDecimal> maxima, int binCount) {
        if (binCount < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, not " + binCount);
        }
        if (maxima.size() != totals.size()) {
            throw new IllegalArgumentException(totals.size() + " totals but " + maxima.size() + " maxima");
        }
        int[] counts = new int[binCount];
        for (int a = 0; a < totals.size(); a++) {
            counts[binOf(totals.get(a), maxima.get(a), binCount)]++;
        }
        List<Bin> bins = new ArrayList<>();
        double width = 100.0 / binCount;
        for (int i = 0; i < binCount; i++) {
            bins.add(new Bin(i * width, i == binCount - 1 ? 100 : (i + 1) * width, i == binCount - 1, counts[i]));
        }
        return new ScoreHistogram(bins);
    }

    private static int binOf(BigDecimal total, BigDecimal maxTotal, int binCount) {
        if (total.signum() < 0 || total.compareTo(maxTotal) > 0) {
            throw new IllegalArgumentException("a total of " + total + " is outside 0.." + maxTotal);
        }
        if (maxTotal.signum() == 0) {
            return 0;
        }
        int bin = total.multiply(BigDecimal.valueOf(binCount)).divide(maxTotal, 0, RoundingMode.FLOOR).intValue();
        return Math.min(bin, binCount - 1);
    }

    public int totalAttempts() {
        return bins.stream().mapToInt(Bin::attempts).sum();
    }
}
