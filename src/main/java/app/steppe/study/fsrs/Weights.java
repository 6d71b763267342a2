package app.steppe.study.fsrs;

import java.util.Arrays;

/** The 21 FSRS-6 model weights w0..w20. Older 19- and 17-value vectors are read as the FSRS papers prescribe. */
public final class Weights {

    /** FSRS-6 defaults as shipped by fsrs-rs 6.x, ts-fsrs 5.x, py-fsrs 6.x and go-fsrs (fsrs-spec.md §2). */
    public static final Weights FSRS6_DEFAULT = of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    private final double[] w;

    private Weights(double[] w) {
        this.w = w;
    }

    /**
     * 21 values (FSRS-6); 19 values (FSRS-5) get w19 = 0 and w20 = 0.5; 17 values (FSRS-4.5) are converted. Any other
     * length is refused.
     */
    public static Weights of(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("weights must be finite numbers");
            }
        }
        double[] w;
        if (values.length == 21) {
            w = values.clone();
        } else if (values.length == 19) {
            w = Arrays.copyOf(values, 21);
            w[19] = 0;
            w[20] = 0.5;
        } else if (values.length == 17) {
            w = Arrays.copyOf(values, 21);
            w[4] = values[4] + 2 * values[5];
            w[5] = Math.log(1 + 3 * values[5]) / 3;
            w[6] = values[6] + 0.5;
            w[20] = 0.5;
        } else {
            throw new IllegalArgumentException("FSRS weights have 21, 19 or 17 values, not " + values.length);
        }
        return new Weights(w);
    }

    public double get(int i) {
        return w[i];
    }

    /** These weights with w17 = w18 = w19 = 0: the other way of switching off same-day stability changes. */
    public Weights withoutSameDayTerms() {
        double[] copy = w.clone();
        copy[17] = 0;
        copy[18] = 0;
        copy[19] = 0;
        return new Weights(copy);
    }

    public double[] toArray() {
        return w.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights other && Arrays.equals(w, other.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return Arrays.toString(w);
    }
}
