package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/** How far a numeric answer may be from an accepted value: an absolute amount or a percentage of the value. */
@NamedInterface("model")
public sealed interface Tolerance {

    Tolerance EXACT = new Absolute(BigDecimal.ZERO);

    boolean allows(BigDecimal expected, BigDecimal actual);

    record Absolute(BigDecimal amount) implements Tolerance {
        public Absolute {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public boolean allows(BigDecimal expected, BigDecimal actual) {
            return expected.subtract(actual).abs().compareTo(amount) <= 0;
        }
    }

    record Percent(BigDecimal percent) implements Tolerance {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public Percent {
            Objects.requireNonNull(percent, "percent");
        }

        @Override
        public boolean allows(BigDecimal expected, BigDecimal actual) {
            // compare |a − e|·100 with |e|·p instead of dividing, so no rounding can creep in
            BigDecimal scaledDifference = expected.subtract(actual).abs().multiply(HUNDRED);
            return scaledDifference.compareTo(expected.abs().multiply(percent)) <= 0;
        }
    }
}
