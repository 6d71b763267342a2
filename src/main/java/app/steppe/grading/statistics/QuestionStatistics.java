package app.steppe.grading.statistics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One question's statistics, after Moodle's "Quiz statistics calculations", section "Question statistics". x_i is
 * the question's score in each attempt and X_i the rest-of-test score (the attempt's total less x_i). Facility index,
 * discrimination index, discriminative efficiency and random-guess score are percentages; the standard deviation is
 * in points ({@link #standardDeviationPercent()} gives it as a percentage of the maximum, as Moodle shows it).
 * Empty when undefined: facility with no attempts or a question worth 0; the rest with fewer than two attempts, or
 * (discrimination, efficiency) when the question or the rest of the test was scored alike by everybody.
 * {@code attempts} are the attempts that asked the question, the only ones its statistics use (Moodle's treatment
 * of random questions).
 */
public record QuestionStatistics(
        int index,
        int attempts,
        double maxScore,
        OptionalDouble facilityIndex,
        OptionalDouble standardDeviation,
        OptionalDouble discriminationIndex,
        OptionalDouble discriminativeEfficiency,
        double randomGuessScore,
        Optional<DistractorAnalysis> distractors,
        Set<QuestionFlag> flags) {

    public QuestionStatistics {
        EnumSet<QuestionFlag> copy = EnumSet.noneOf(QuestionFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    /**
     * @param x    x_i, the question's score in each attempt that asked it
     * @param rest X_i, the total of each of those attempts less x_i (when the attempts' maxima differ, as a
     *             percentage of what the rest of each attempt was worth, so that they compare)
     */
    static QuestionStatistics of(int index, QuestionSlot slot, double[] x, double[] rest,
            Optional<DistractorAnalysis> distractors) {
        double max = slot.maxScore().doubleValue();
        OptionalDouble facility = facilityIndex(x, max);
        OptionalDouble sd = OptionalDouble.empty();
        OptionalDouble discrimination = OptionalDouble.empty();
        OptionalDouble efficiency = OptionalDouble.empty();
        if (x.length >= 2) {
            double variance = Sample.variance(x);
            double restVariance = Sample.variance(rest);
            double covariance = Sample.covariance(x, rest);
            sd = OptionalDouble.of(Math.sqrt(variance));
            // "Discrimination index": D = 100 r(x_i, X_i) = 100 C(x_i, X_i) / sqrt(V(x_i) V(X_i))
            if (!Sample.isZero(variance) && !Sample.isZero(restVariance)) {
                discrimination = OptionalDouble.of(100 * covariance / Math.sqrt(variance * restVariance));
            }
            // "Discriminative efficiency": DE = 100 C(x_i, X_i) / C_max(x_i, X_i)
            double maximumCovariance = Sample.maximumCovariance(x, rest);
            if (!Sample.isZero(maximumCovariance)) {
                efficiency = OptionalDouble.of(100 * covariance / maximumCovariance);
            }
        }
        return new QuestionStatistics(index, x.length, max, facility, sd, discrimination, efficiency,
                100 * slot.randomGuessFraction(), distractors, flags(facility, discrimination));
    }

    /**
     * "Facility index": F = 100 (x̄_i − x_i(min)) / (x_i(max) − x_i(min)), the mean score as a percentage of the
     * score range; x_i(min) is 0 here, as no mark is negative.
     */
    static OptionalDouble facilityIndex(double[] x, double max) {
        if (x.length == 0 || max <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100 * Sample.mean(x) / max);
    }

    private static Set<QuestionFlag> flags(OptionalDouble facility, OptionalDouble discrimination) {
        Set<QuestionFlag> flags = EnumSet.noneOf(QuestionFlag.class);
        if (discrimination.isPresent() && discrimination.getAsDouble() < 0) {
            flags.add(QuestionFlag.DISCRIMINATES_NEGATIVELY);
        }
        if (facility.isPresent() && Math.abs(facility.getAsDouble()) < 1e-9) {
            flags.add(QuestionFlag.NOBODY_GOT_IT_RIGHT);
        }
        if (facility.isPresent() && Math.abs(facility.getAsDouble() - 100) < 1e-9) {
            flags.add(QuestionFlag.TOO_EASY);
        }
        return flags;
    }

    public OptionalDouble standardDeviationPercent() {
        return standardDeviation.isPresent() && maxScore > 0
                ? OptionalDouble.of(100 * standardDeviation.getAsDouble() / maxScore) : OptionalDouble.empty();
    }

    public boolean isFlagged(QuestionFlag flag) {
        return flags.contains(flag);
    }
}
