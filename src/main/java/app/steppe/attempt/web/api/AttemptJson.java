package app.steppe.attempt.web.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.ReviewVisibility;
import app.steppe.questionbank.web.StudentQuestionView;

/**
 * The JSON of attempts. What a student may not see is not in it at all (null): the taking view never holds an
 * answer key, and a result holds only what the quiz's review options show now.
 */
final class AttemptJson {

    private AttemptJson() {
    }

    /** An attempt being taken (or taken): its questions as shown, with the answers saved so far. */
    record AttemptView(UUID id, long quizId, int attemptNo, String navigation, Instant startedAt, Instant deadline,
            Long remainingSeconds, boolean finished, int currentPosition, List<QuestionView> questions) {

        static AttemptView of(Attempts.TakingView t) {
            return new AttemptView(t.id(), t.quizId(), t.attemptNo(), t.navigation().name(), t.startedAt(),
                    t.deadline().orElse(null), seconds(t.remaining()), t.finished(), t.currentPosition(),
                    t.questions().stream().map(q -> new QuestionView(q.position(), q.versionId(), q.view(),
                            q.given().fields(), q.sequence(), q.answered(), q.flagged())).toList());
        }
    }

    /**
     * A question: {@code questionId} names it in a save; {@code answer} is the saved answer as fields keyed "" (the
     * one field) or the index of a part ("0", "1": matching rows, ordering, blanks); {@code sequence} is that of the
     * saved answer: a save must send a greater one.
     */
    record QuestionView(int position, long questionId, StudentQuestionView question, Map<String, List<String>> answer,
            long sequence, boolean answered, boolean flagged) {
    }

    /** The answer to a save: {@code outcome} ACCEPTED or IGNORED_STALE (a newer answer is stored). */
    record SaveView(String outcome, long storedSequence, Instant savedAt, Long remainingSeconds, boolean finished) {

        static SaveView of(Attempts.SaveResponse r) {
            return new SaveView(r.outcome().name(), r.storedSequence(), r.savedAt().orElse(null), seconds(r.remaining()),
                    r.finished());
        }
    }

    /** A finished attempt as the review options show it now. {@code score} is null while hidden. */
    record ResultView(UUID id, long quizId, int attemptNo, Instant startedAt, Instant finishedAt, String finishKind,
            ReviewVisibility shown, boolean moreAfterClose, Score score, List<QuestionResult> questions) {
    }

    record Score(BigDecimal total, BigDecimal max, BigDecimal percentage, boolean provisional) {
    }

    /**
     * One question. {@code verdict} (RIGHT, PARTLY, WRONG, NEEDS_GRADING) is null unless rightness is shown,
     * {@code points} unless the score is, {@code correctAnswer} unless correct answers are, {@code feedback} unless
     * feedback is.
     */
    record QuestionResult(int position, long questionId, StudentQuestionView question, Map<String, List<String>> answer,
            String verdict, BigDecimal points, BigDecimal maxPoints, Map<String, Object> correctAnswer,
            Feedback feedback) {
    }

    /** The explanation (Markdown) and the feedback of the options the student chose. */
    record Feedback(String explanation, List<String> chosen) {
    }

    static Long seconds(Optional<Duration> duration) {
        return duration.map(Duration::toSeconds).orElse(null);
    }
}
