package app.steppe.questionbank.domain.matching;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.ShortText;

/**
 * Decides which accepted answer a typed answer matches: both sides are normalised ({@link TextNormaliser}) and
 * their spellings made canonical ({@link SpellingEquivalents}); the best credit among the matches wins.
 */
public final class ShortTextMatcher {

    private final SpellingEquivalents equivalents;

    public ShortTextMatcher(SpellingEquivalents equivalents) {
        this.equivalents = Objects.requireNonNull(equivalents, "equivalents");
    }

    public BigDecimal creditFor(String response, ShortText spec) {
        return creditFor(response, spec.answers(), spec.caseSensitive());
    }

    /** Also for typed blanks, which match like short text. Zero when nothing matches. */
    public BigDecimal creditFor(String response, List<AcceptedText> accepted, boolean caseSensitive) {
        return bestMatch(response, accepted, caseSensitive).map(AcceptedText::credit).orElse(BigDecimal.ZERO);
    }

    public Optional<AcceptedText> bestMatch(String response, List<AcceptedText> accepted, boolean caseSensitive) {
        String given = equivalents.canonicalise(response, caseSensitive);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return accepted.stream()
                .filter(answer -> given.equals(equivalents.canonicalise(answer.text(), caseSensitive)))
                .max(Comparator.comparing(AcceptedText::credit));
    }
}
