package app.steppe.study.domain;

import java.math.BigDecimal;
import java.util.List;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.grading.scoring.AnswerReader;
import app.steppe.grading.scoring.Mark;
import app.steppe.grading.scoring.ScoringRules;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;
import app.steppe.questionbank.web.StudentQuestionViews;
import app.steppe.study.fsrs.Rating;

/**
 * Marks a practice answer with the same scoring rules as a quiz, and says what it means for the memory state: a
 * right answer is Good, a wrong one Again, and a partly right one Hard (recalled, with difficulty). Practice never
 * counts toward grades: the mark is shown and fed to the schedule, nothing else.
 */
public final class PracticeMarking {

    public enum Outcome {
        RIGHT(Rating.GOOD), PARTLY(Rating.HARD), WRONG(Rating.AGAIN);

        private final Rating rating;

        Outcome(Rating rating) {
            this.rating = rating;
        }

        public Rating rating() {
            return rating;
        }
    }

    private PracticeMarking() {
    }

    /**
     * @param seed the seed the question was shown with (ordering questions are read by the order shown)
     * @throws IllegalArgumentException for an essay: no rule can mark it, a person does
     */
    public static Outcome mark(QuestionContent content, AnswerForm form, long seed, SpellingEquivalents spellings) {
        List<String> shown = StudentQuestionViews.of(content, seed).items();
        Mark mark = ScoringRules.score(content.answer(), AnswerReader.read(content.answer(), form, shown), spellings);
        if (mark.needsManualGrading()) {
            throw new IllegalArgumentException("an essay is not marked in practice");
        }
        if (mark.fraction().compareTo(BigDecimal.ONE) == 0) {
            return Outcome.RIGHT;
        }
        return mark.fraction().signum() > 0 ? Outcome.PARTLY : Outcome.WRONG;
    }
}
