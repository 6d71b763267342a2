package app.steppe.quiz.domain;

import java.math.BigDecimal;
import java.time.Duration;

/** An accommodation's extra time: a number of minutes OR a multiplier of the limit (1.0 to 4.0), not both. */
public record ExtraTime(int minutes, BigDecimal multiplier) {

    public static final BigDecimal MAX_MULTIPLIER = new BigDecimal("4.0");
    public static final ExtraTime NONE = new ExtraTime(0, BigDecimal.ONE);

    public ExtraTime {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new IllegalArgumentException("extra minutes out of range");
        }
        if (multiplier == null || multiplier.compareTo(BigDecimal.ONE) < 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0) {
            throw new IllegalArgumentException("multiplier must be between 1.0 and 4.0");
        }
        if (minutes > 0 && multiplier.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("extra minutes or a multiplier, not both");
        }
    }

    public Duration applyTo(Duration limit) {
        if (minutes > 0) {
            return limit.plusMinutes(minutes);
        }
        long seconds = new BigDecimal(limit.getSeconds()).multiply(multiplier).longValue();
        return Duration.ofSeconds(seconds);
    }
}
