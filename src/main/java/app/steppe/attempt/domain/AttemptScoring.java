package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.grading.scoring.AnswerReader;
import app.steppe.grading.scoring.Mark;
import app.steppe.grading.scoring.Response;
import app.steppe.grading.scoring.ScoringRules;
import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;
import app.steppe.questionbank.web.StudentQuestionView;
import app.steppe.questionbank.web.StudentQuestionViews;

/** Scores every answer of a finished attempt with the grading module's rules. */
final class AttemptScoring {

    private AttemptScoring() {
    }

    /** The seed of one question's shuffles (matching, ordering, blanks): fixed by the attempt, different per question. */
    static long questionSeed(long attemptSeed, QuestionKey key) {
        return attemptSeed * 31 + key.versionId();
    }

    static Map<QuestionKey, Mark> marks(Attempt attempt, long attemptSeed, Map<Long, AskedQuestion> asked,
            SpellingEquivalents spellings) {
        var marks = new HashMap<QuestionKey, Mark>();
        for (var key : attempt.plan().order()) {
            var question = asked.get(key.versionId());
            if (question == null) {
                throw new IllegalStateException("question version " + key.versionId() + " of attempt " + attempt.id() + " is gone");
            }
            marks.put(key, score(attempt, attemptSeed, key, question.content(), question.content().answer(), spellings));
        }
        return marks;
    }

    /**
     * The saved answer to {@code key}, read as the page showed the {@code shown} version, scored with {@code key}'s
     * answer key: the shown version's at submission, a corrected version's in a regrade.
     */
    static Mark score(Attempt attempt, long attemptSeed, QuestionKey key, QuestionContent shown, AnswerSpec answerKey,
            SpellingEquivalents spellings) {
        // ordering fields are indexed by the order the items were shown in; other types need no shown order
        var shownItems = shown.answer() instanceof Ordering
                ? StudentQuestionViews.of(shown, questionSeed(attemptSeed, key)).items()
                : List.<String>of();
        Response response = attempt.answerTo(key).isPresent()
                ? AnswerReader.read(answerKey, given(attempt, key), shownItems)
                : Response.none();
        return ScoringRules.score(answerKey, response, spellings);
    }

    /** The question as the student saw it: the option order and shuffles of the attempt page. */
    static StudentQuestionView shownView(Attempt attempt, long attemptSeed, QuestionKey key, QuestionContent content) {
        var order = attempt.plan().optionOrderOf(key);
        return StudentQuestionViews.of(content, questionSeed(attemptSeed, key), order.isEmpty() ? null : order);
    }

    /** The student's saved answer as its form fields; no fields when nothing was saved. */
    static AnswerForm given(Attempt attempt, QuestionKey key) {
        return attempt.answerTo(key).map(saved -> AnswerForm.fromJson(saved.payload().json())).orElse(new AnswerForm(Map.of()));
    }

    /** Records the marks on the attempt and its rows; a question worth nothing cannot earn anything. */
    static void record(AttemptStore.Stored stored, Map<QuestionKey, Mark> marks) {
        var points = new HashMap<QuestionKey, BigDecimal>();
        boolean needsGrading = false;
        for (var row : stored.questions()) {
            var mark = marks.get(row.question());
            points.put(row.question(), mark.points(row.maxPoints()));
            row.recordMark(mark.fraction(), mark.needsManualGrading());
            needsGrading |= mark.needsManualGrading();
        }
        stored.attempt().recordMarks(points, stored.header().maxPoints(), needsGrading);
    }
}
