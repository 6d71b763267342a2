package app.steppe.grading.statistics;

import java.util.Arrays;

/**
 * The sample arithmetic every statistic is built from, with the notation of Moodle's "Quiz statistics calculations"
 * ("Notation used in the calculations"): means over the S attempts, and variances and covariances with the sample
 * correction, divided by S − 1. Callers make sure there are enough values (S ≥ 1 for a mean, S ≥ 2 otherwise).
 */
final class Sample {

    private Sample() {
    }

    /** x̄ = (1/S) Σ x_s */
    static double mean(double[] x) {
        return Arrays.stream(x).sum() / x.length;
    }

    /** The middle value of the sorted values, or the mean of the two middle ones (Moodle's "Median Score"). */
    static double median(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** V(x) = 1/(S − 1) Σ (x_s − x̄)² */
    static double variance(double[] x) {
        return covariance(x, x);
    }

    /** C(x, y) = 1/(S − 1) Σ (x_s − x̄)(y_s − ȳ) */
    static double covariance(double[] x, double[] y) {
        double xBar = mean(x);
        double yBar = mean(y);
        double sum = 0;
        for (int s = 0; s < x.length; s++) {
            sum += (x[s] - xBar) * (y[s] - yBar);
        }
        return sum / (x.length - 1);
    }

    /**
     * C_max(x, y): the covariance the two lists would have if they were in the same order, found by sorting each
     * (Moodle's "Discriminative efficiency"). No pairing of the values can give a larger covariance.
     */
    static double maximumCovariance(double[] x, double[] y) {
        double[] xSorted = x.clone();
        double[] ySorted = y.clone();
        Arrays.sort(xSorted);
        Arrays.sort(ySorted);
        return covariance(xSorted, ySorted);
    }

    /** m_k = (1/S) Σ (x_s − x̄)^k, the k-th moment about the mean (Moodle's "Skewness and Kurtosis"). */
    static double moment(double[] x, int k) {
        double xBar = mean(x);
        return Arrays.stream(x).map(v -> Math.pow(v - xBar, k)).sum() / x.length;
    }

    /** Rounding noise in a sum of variances or squares is treated as zero; a real spread is many times larger. */
    static boolean isZero(double value) {
        return Math.abs(value) < 1e-12;
    }
}
