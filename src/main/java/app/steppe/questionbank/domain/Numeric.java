package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.modulith.NamedInterface;

/**
 * A number: the main {@code answer} (full credit) and optional {@code alsoAccepted} values for partial credit.
 * {@code unit} is informative only (shown after the input) and may be null.
 */
@NamedInterface("model")
public record Numeric(AcceptedNumber answer, List<AcceptedNumber> alsoAccepted, String unit) implements AnswerSpec {

    public Numeric {
        Objects.requireNonNull(answer, "answer");
        if (answer.credit().compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the main answer earns full credit; partial credit belongs in alsoAccepted");
        }
        alsoAccepted = List.copyOf(alsoAccepted);
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    /** The best credit any accepted value gives to {@code actual}; zero when none accepts it. */
    public BigDecimal creditFor(BigDecimal actual) {
        Objects.requireNonNull(actual, "actual");
        return Stream.concat(Stream.of(answer), alsoAccepted.stream())
                .filter(accepted -> accepted.accepts(actual))
                .map(AcceptedNumber::credit)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
