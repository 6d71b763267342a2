package app.steppe.grading.scoring;

import java.math.BigDecimal;
import java.util.List;

import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.matching.ShortTextMatcher;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

/**
 * <b>Fill in the blanks: the share of blanks filled right.</b> Each blank earns its own credit and the question the
 * average: a typed blank the credit of the accepted answer it matches (as short text, ignoring case), a drop-down
 * blank everything for the answer's text (surrounding spaces aside) and nothing otherwise. A response with more or
 * fewer values than the question has blanks earns nothing.
 */
public final class FillBlanksRule {

    private FillBlanksRule() {
    }

    public static Mark score(FillBlanks spec, BlanksResponse response, SpellingEquivalents equivalents) {
        List<Blank> blanks = spec.blanks();
        List<String> values = response.values();
        if (values.size() != blanks.size()) {
            return Mark.zero();
        }
        ShortTextMatcher matcher = new ShortTextMatcher(equivalents);
        BigDecimal earned = BigDecimal.ZERO;
        for (int i = 0; i < blanks.size(); i++) {
            earned = earned.add(creditFor(blanks.get(i), values.get(i), matcher));
        }
        return Mark.share(earned, blanks.size());
    }

    private static BigDecimal creditFor(Blank blank, String value, ShortTextMatcher matcher) {
        if (blank instanceof Blank.Typed typed) {
            return matcher.creditFor(value, typed.answers(), false);
        }
        if (blank instanceof Blank.Choice choice) {
            return value.strip().equals(choice.answer().strip()) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return BigDecimal.ZERO;
    }
}
