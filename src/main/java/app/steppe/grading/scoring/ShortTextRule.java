package app.steppe.grading.scoring;

import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.matching.ShortTextMatcher;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

/**
 * <b>Short text: the best credit of any accepted answer it matches.</b> Matching ignores punctuation, spacing,
 * typographic quotes, diacritics and (unless the question is case-sensitive) case, and treats the course-wide
 * equivalent spellings (Tokayev, Toqaev, Tokaev) as one; see {@link ShortTextMatcher}.
 */
public final class ShortTextRule {

    private ShortTextRule() {
    }

    public static Mark score(ShortText spec, TextResponse response, SpellingEquivalents equivalents) {
        return Mark.ofCredit(new ShortTextMatcher(equivalents).creditFor(response.text(), spec));
    }
}
