package app.steppe.questionbank.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.steppe.questionbank.domain.grounding.CitationCheck;
import app.steppe.questionbank.domain.grounding.CitationVerifier;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;

/**
 * Proves that each quote of a question is in its reading's current text, and says where. The readings asked for
 * are kept for the length of one check (a set of 60 questions citing one reading loads it once).
 */
@Component
public class Grounding {

    private final ReadingApi readings;

    Grounding(ReadingApi readings) {
        this.readings = readings;
    }

    /** A check that remembers the readings it loaded; use one per command. */
    public Check check() {
        return new Check();
    }

    public final class Check {

        private final Map<String, Optional<ReadingText>> loaded = new HashMap<>();
        private final Map<Long, CitationVerifier> verifiers = new HashMap<>();

        /** Every citation located, or violations under {@code path + "cite[i]"}; nothing is saved here. */
        public Result ground(QuestionContent question, String path) {
            List<GroundedCitation> grounded = new ArrayList<>();
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < question.citations().size(); i++) {
                Citation citation = question.citations().get(i);
                String at = path + "cite[" + i + "]";
                if (citation.quote().isBlank()) {
                    continue; // the validator reports a missing quote; there is nothing to look up
                }
                Optional<ReadingText> reading = reading(citation.readingSlug());
                if (reading.isEmpty()) {
                    violations.add(new Violation(at, "citation.reading.unknown", citation.readingSlug()));
                    continue;
                }
                GroundedCitation result = locate(citation, reading.get(), verifierFor(reading.get()));
                if (!result.found()) {
                    violations.add(new Violation(at, "citation.quote.notFound", result.suggestion(), result.paragraph(),
                            result.similarityPercent()));
                }
                grounded.add(result);
            }
            return new Result(grounded, violations);
        }

        /** Locates a citation even when it is not found (then it is stale, with a suggestion). */
        public Optional<GroundedCitation> recheck(Citation citation) {
            return reading(citation.readingSlug()).map(text -> locate(citation, text, verifierFor(text)));
        }

        private CitationVerifier verifierFor(ReadingText text) {
            return verifiers.computeIfAbsent(text.versionId(),
                    id -> new CitationVerifier(text.paragraphs().stream().map(p -> p.text()).toList()));
        }

        private Optional<ReadingText> reading(String slug) {
            return loaded.computeIfAbsent(slug, readings::currentBySlug);
        }
    }

    private static GroundedCitation locate(Citation citation, ReadingText text, CitationVerifier verifier) {
        CitationCheck outcome = verifier.verify(citation.quote());
        if (outcome instanceof CitationCheck.Verified v) {
            return new GroundedCitation(citation.readingSlug(), citation.quote(), text.readingId(), text.versionId(),
                    true, v.paragraphNumber(), v.startOffset(), v.endOffset(), null, 100);
        }
        var missing = (CitationCheck.NotFound) outcome;
        return new GroundedCitation(citation.readingSlug(), citation.quote(), text.readingId(), text.versionId(),
                false, missing.paragraphNumber(), null, null, missing.closestPassage(),
                (int) Math.round(missing.similarity() * 100));
    }

    public record Result(List<GroundedCitation> citations, List<Violation> violations) {
    }
}
