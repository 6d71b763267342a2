package app.steppe.questionbank.domain.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import app.steppe.questionbank.domain.grounding.CitationCheck;
import app.steppe.questionbank.domain.grounding.CitationVerifier;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Looks every quote of a read question set up in its reading, and reports the ones not found as problems of the
 * file: "kazakhstan-2022.yaml, line 42, csto-contingent-size: the quote is not in the reading; closest passage …".
 * The readings come from the caller, so this stays free of the reading module's storage.
 */
public final class CitationGroundingCheck {

    private final Function<String, Optional<List<String>>> paragraphsOfReading;

    /** @param paragraphsOfReading the paragraphs of the reading with this slug, if there is one */
    public CitationGroundingCheck(Function<String, Optional<List<String>>> paragraphsOfReading) {
        this.paragraphsOfReading = paragraphsOfReading;
    }

    public List<YamlProblem> check(ParsedQuestionSet parsed) {
        Map<String, Optional<CitationVerifier>> verifiers = new HashMap<>();
        List<YamlProblem> problems = new ArrayList<>();
        for (LocatedCitation located : parsed.citations()) {
            String reading = located.citation().readingSlug();
            Optional<CitationVerifier> verifier = verifiers.computeIfAbsent(reading,
                    slug -> paragraphsOfReading.apply(slug).map(CitationVerifier::new));
            problemWith(located, verifier).ifPresent(violation ->
                    problems.add(new YamlProblem(parsed.fileName(), located.line(), located.questionId(), violation)));
        }
        return problems;
    }

    private static Optional<Violation> problemWith(LocatedCitation located, Optional<CitationVerifier> verifier) {
        if (verifier.isEmpty()) {
            return Optional.of(new Violation(located.path(), "citation.reading.unknown", located.citation().readingSlug()));
        }
        CitationCheck check = verifier.get().verify(located.citation().quote());
        if (check instanceof CitationCheck.NotFound notFound) {
            long percent = Math.round(notFound.similarity() * 100);
            return Optional.of(new Violation(located.path(), "citation.quote.notFound",
                    notFound.closestPassage(), notFound.paragraphNumber(), percent));
        }
        return Optional.empty();
    }
}
