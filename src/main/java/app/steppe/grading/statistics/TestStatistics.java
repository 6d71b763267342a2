package app.steppe.grading.statistics;

import java.util.OptionalDouble;

/**
 * The statistics of the quiz as a whole, after Moodle's "Quiz statistics calculations", section "Test statistics"
 * (https://docs.moodle.org/dev/Quiz_statistics_calculations#Test_statistics), with skewness and kurtosis as its
 * companion page "Quiz item analysis calculations in practice" works them out from the moments (section "Skewness and
 * Kurtosis").
 * Scores are in points out of {@code maxTotal}; the {@code ...Percent} methods give them as a percentage of it, as
 * Moodle shows mean, median, standard deviation and standard error. A statistic the data cannot define is empty:
 * mean and median need one attempt; the standard deviation two; skewness three and kurtosis four attempts with some
 * spread; internal consistency, error ratio and standard error two attempts with some spread and two questions, all
 * asked in every attempt. (Moodle's code computes the internal consistency only from three attempts on, inside its
 * skewness branch; the documented formula needs only V(T), so two attempts are enough here.)
 * When the attempts drew questions at random and their maxima differ, each total is a percentage of its attempt's
 * maximum and {@code maxTotal} is 100, so that the totals compare.
 */
public record TestStatistics(
        int attempts,
        double maxTotal,
        OptionalDouble mean,
        OptionalDouble median,
        OptionalDouble standardDeviation,
        OptionalDouble skewness,
        OptionalDouble kurtosis,
        OptionalDouble internalConsistency,
        OptionalDouble errorRatio,
        OptionalDouble standardError) {

    /**
     * @param totals            T_s, each attempt's total score
     * @param sumOfItemVariances Σ_i V(x_i), the sum over the questions of their score variances (0 if S < 2);
     *                          empty when not every attempt asked every question, as the formula compares the
     *                          spread of the same questions with the spread of their totals
     * @param questions         P, the number of questions
     */
    static TestStatistics of(double[] totals, OptionalDouble sumOfItemVariances, int questions, double maxTotal) {
        int s = totals.length;
        OptionalDouble mean = s >= 1 ? OptionalDouble.of(Sample.mean(totals)) : OptionalDouble.empty();
        OptionalDouble median = s >= 1 ? OptionalDouble.of(Sample.median(totals)) : OptionalDouble.empty();
        if (s < 2) {
            OptionalDouble none = OptionalDouble.empty();
            return new TestStatistics(s, maxTotal, mean, median, none, none, none, none, none, none);
        }
        // "Standard deviation": SD = sqrt(V(T)), V(T) = 1/(S − 1) Σ (T_s − T̄)²
        double variance = Sample.variance(totals);
        double sd = Math.sqrt(variance);
        OptionalDouble cic = sumOfItemVariances.isPresent()
                ? internalConsistency(variance, sumOfItemVariances.getAsDouble(), questions) : OptionalDouble.empty();
        // "Error ratio": ER = 100 sqrt(1 − CIC/100); "Standard error": SE = ER/100 × SD
        OptionalDouble errorRatio = cic.isPresent()
                ? OptionalDouble.of(100 * Math.sqrt(1 - cic.getAsDouble() / 100)) : OptionalDouble.empty();
        OptionalDouble standardError = errorRatio.isPresent()
                ? OptionalDouble.of(errorRatio.getAsDouble() / 100 * sd) : OptionalDouble.empty();
        return new TestStatistics(s, maxTotal, mean, median, OptionalDouble.of(sd), skewness(totals),
                kurtosis(totals), cic, errorRatio, standardError);
    }

    /**
     * "Skewness and Kurtosis": from the moments m2, m3 about the mean, k2 = S/(S − 1) m2 (= V(T)) and
     * k3 = S²/((S − 1)(S − 2)) m3; skewness = k3 / k2^(3/2). Needs S ≥ 3 and k2 > 0.
     */
    static OptionalDouble skewness(double[] totals) {
        double s = totals.length;
        double m2 = Sample.moment(totals, 2);
        if (s < 3 || Sample.isZero(m2)) {
            return OptionalDouble.empty();
        }
        double k2 = s / (s - 1) * m2;
        double k3 = s * s / ((s - 1) * (s - 2)) * Sample.moment(totals, 3);
        return OptionalDouble.of(k3 / Math.pow(k2, 1.5));
    }

    /**
     * "Skewness and Kurtosis": k4 = S²/((S − 1)(S − 2)(S − 3)) × ((S + 1) m4 − 3 (S − 1) m2²); kurtosis = k4 / k2²
     * (excess kurtosis: 0 for a normal distribution). Needs S ≥ 4 and k2 > 0.
     */
    static OptionalDouble kurtosis(double[] totals) {
        double s = totals.length;
        double m2 = Sample.moment(totals, 2);
        if (s < 4 || Sample.isZero(m2)) {
            return OptionalDouble.empty();
        }
        double k2 = s / (s - 1) * m2;
        double k4 = s * s / ((s - 1) * (s - 2) * (s - 3))
                * ((s + 1) * Sample.moment(totals, 4) - 3 * (s - 1) * m2 * m2);
        return OptionalDouble.of(k4 / (k2 * k2));
    }

    /**
     * "Coefficient of internal consistency" (Cronbach's alpha; KR-20 when every question scores 0 or 1), as a
     * percentage: CIC = 100 P/(P − 1) × (1 − Σ_i V(x_i) / V(T)). Undefined for one question or no spread in totals.
     */
    static OptionalDouble internalConsistency(double totalVariance, double sumOfItemVariances, int questions) {
        if (questions < 2 || Sample.isZero(totalVariance)) {
            return OptionalDouble.empty();
        }
        double p = questions;
        return OptionalDouble.of(100 * p / (p - 1) * (1 - sumOfItemVariances / totalVariance));
    }

    public OptionalDouble meanPercent() {
        return percentOfMaxTotal(mean);
    }

    public OptionalDouble medianPercent() {
        return percentOfMaxTotal(median);
    }

    public OptionalDouble standardDeviationPercent() {
        return percentOfMaxTotal(standardDeviation);
    }

    public OptionalDouble standardErrorPercent() {
        return percentOfMaxTotal(standardError);
    }

    private OptionalDouble percentOfMaxTotal(OptionalDouble points) {
        return points.isPresent() && maxTotal > 0
                ? OptionalDouble.of(100 * points.getAsDouble() / maxTotal) : OptionalDouble.empty();
    }
}
