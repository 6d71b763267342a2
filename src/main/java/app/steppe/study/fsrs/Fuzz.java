package app.steppe.study.fsrs;

import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * The random spread added to review intervals so that cards learnt together do not stay due together. One factor in
 * [0, 1) per review; tests inject a fixed factor or switch fuzz off, since no two implementations share a generator.
 */
@FunctionalInterface
public interface Fuzz {

    /** Intervals as computed, no spread. */
    Fuzz OFF = OptionalDouble::empty;

    /** A factor in [0, 1), or empty for no fuzz. */
    OptionalDouble factor();

    static Fuzz fixed(double factor) {
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("a fuzz factor is in [0, 1)");
        }
        OptionalDouble value = OptionalDouble.of(factor);
        return () -> value;
    }

    /** Deterministic per seed, so replaying the same review of the same card gives the same interval. */
    static Fuzz seeded(long seed) {
        return fixed(new SplittableRandom(seed).nextDouble());
    }
}
