package app.steppe.attempt.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.steppe.attempt.domain.ReviewVisibility;
import app.steppe.questionbank.web.StudentQuestionView;

/**
 * The view records of the review pages. Whatever the review options hold back is not in them at all (null or
 * empty), so the templates cannot show it by mistake.
 */
final class ReviewViews {

    private ReviewViews() {
    }

    /** A review page: the student's (filtered) or the instructor's (everything, with timing and the answer log). */
    record ReviewPage(UUID id, long quizId, String quizTitle, int attemptNo, String studentName, String startedAt,
            String deadline, String finishedAt, String finishKind, Score score, ReviewVisibility shown,
            boolean moreAfterClose, String closesAt, Long answerLogCount, List<QuestionReview> questions) {
    }

    /** {@code passed} is null while the score is provisional (an essay waits for grading). */
    record Score(BigDecimal total, BigDecimal max, BigDecimal percentage, boolean provisional, Boolean passed,
            int passingPercent) {
    }

    /**
     * One question. {@code verdict} (right, partly, wrong, needsGrading) and {@code earned} are null when hidden;
     * {@code correct} and {@code feedback} are empty when hidden; {@code rubricHtml}, {@code saves} and
     * {@code savedAt} are only filled in for the instructor.
     */
    record QuestionReview(int number, StudentQuestionView view, boolean answered, List<AnswerLine> answer,
            Map<Integer, String> blanks, String verdict, BigDecimal earned, List<KeyLine> correct,
            List<FeedbackNote> feedback, String explanationHtml, List<PassageView> passages, String rubricHtml,
            Long saves, String savedAt) {

        public boolean hasFeedback() {
            return !feedback.isEmpty() || explanationHtml != null && !explanationHtml.isEmpty() || !passages.isEmpty();
        }
    }

    /**
     * A line of the student's answer: {@code text} (or the message {@code textKey}), a {@code detail} (the match
     * chosen, the position given, the unit) and, for choices, whether it was {@code chosen}.
     */
    record AnswerLine(String text, String textKey, String detail, Boolean chosen) {
    }

    /** A line of the correct answer, as a message with its arguments. */
    record KeyLine(String key, List<String> args) {

        public Object[] params() {
            return args.toArray();
        }
    }

    /** Feedback on an option the student chose ({@code option} null for true/false), as safe HTML. */
    record FeedbackNote(String option, String html) {
    }

    /**
     * A cited passage: the paragraph split around the quote, which the page marks; when the quote cannot be found in
     * the paragraph any more ({@code located} false), {@code quote} is shown on its own.
     */
    record PassageView(String readingTitle, Integer paragraphNo, String href, String before, String quote,
            String after, boolean located) {
    }
}
