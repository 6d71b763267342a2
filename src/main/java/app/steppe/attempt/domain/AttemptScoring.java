package app.steppe.attempt.domain;

import app.steppe.grading.scoring.AnswerForm;
import app.steppe.grading.scoring.AnswerReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.steppe.grading.scoring.Mark;
import app.steppe.grading.scoring.Response;
import app.steppe.grading.scoring.ScoringRules;
import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;
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
            var spec = question.content().answer();
            Response response = attempt.answerTo(key)
                    .map(saved -> AnswerReader.read(spec, AnswerForm.fromJson(saved.payload().json()), shownItems(question, attemptSeed, key)))
                    .orElse(Response.none());
            marks.put(key, ScoringRules.score(spec, response, spellings));
        }
        return marks;
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

    private static List<String> shownItems(AskedQuestion question, long attemptSeed, QuestionKey key) {
        if (!(question.content().answer() instanceof Ordering)) {
            return List.of();
        }
        return StudentQuestionViews.of(question.content(), questionSeed(attemptSeed, key)).items();
    }
}
