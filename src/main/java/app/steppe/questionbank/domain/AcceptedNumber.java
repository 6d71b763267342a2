package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/** A value a numeric answer may match, within a tolerance, for a share of the points (credit in (0, 1]). */
@NamedInterface("model")
public record AcceptedNumber(BigDecimal value, Tolerance tolerance, BigDecimal credit) {

    public AcceptedNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(credit, "credit");
    }

    public static AcceptedNumber exactly(BigDecimal value) {
        return new AcceptedNumber(value, Tolerance.EXACT, BigDecimal.ONE);
    }

    public boolean accepts(BigDecimal actual) {
        return tolerance.allows(value, actual);
    }
}
