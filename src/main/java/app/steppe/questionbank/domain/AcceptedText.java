package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/** A typed answer that earns {@code credit} (in (0, 1]) of the points. */
@NamedInterface("model")
public record AcceptedText(String text, BigDecimal credit) {

    public AcceptedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(credit, "credit");
    }

    public static AcceptedText fullCredit(String text) {
        return new AcceptedText(text, BigDecimal.ONE);
    }
}
