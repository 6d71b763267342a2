package app.steppe.grading.scoring;

import java.util.Objects;

import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

/**
 * Scores one answer by the rule of its question's type. No answer ({@link Response#none()} or {@code null}) earns
 * nothing, and so does a response of the wrong shape for the question (a text for a matching question): a stale
 * form or a tampered request costs the student the points, never an error.
 */
public final class ScoringRules {

    private ScoringRules() {
    }

    /**
     * @param equivalents the course-wide equivalent spellings for short text and typed blanks; {@code null} for none
     */
    public static Mark score(AnswerSpec spec, Response response, SpellingEquivalents equivalents) {
        Objects.requireNonNull(spec, "spec");
        SpellingEquivalents spellings = equivalents == null ? SpellingEquivalents.none() : equivalents;
        if (spec instanceof SingleChoice singleChoice && response instanceof ChoiceResponse choice) {
            return SingleChoiceRule.score(singleChoice, choice);
        }
        if (spec instanceof MultipleResponse multipleResponse && response instanceof ChoiceResponse choice) {
            return MultipleResponseRule.score(multipleResponse, choice);
        }
        if (spec instanceof TrueFalse trueFalse && response instanceof TrueFalseResponse verdict) {
            return TrueFalseRule.score(trueFalse, verdict);
        }
        if (spec instanceof Numeric numeric && response instanceof TextResponse text) {
            return NumericRule.score(numeric, text);
        }
        if (spec instanceof ShortText shortText && response instanceof TextResponse text) {
            return ShortTextRule.score(shortText, text, spellings);
        }
        if (spec instanceof Matching matching && response instanceof MatchingResponse pairing) {
            return MatchingRule.score(matching, pairing);
        }
        if (spec instanceof Ordering ordering && response instanceof OrderingResponse order) {
            return OrderingRule.score(ordering, order);
        }
        if (spec instanceof FillBlanks fillBlanks && response instanceof BlanksResponse values) {
            return FillBlanksRule.score(fillBlanks, values, spellings);
        }
        if (spec instanceof Essay essay && response instanceof EssayResponse text) {
            return EssayRule.score(essay, text);
        }
        return Mark.zero();
    }
}
