package app.steppe.quiz.web;

import java.util.ArrayList;
import java.util.List;

/** The quiz form as typed: text fields are parsed by {@link QuizFormMapper}, which reports errors per field. */
record QuizForm(Long setId, String title, String instructions, String timeLimitMinutes, String opensAt,
        String closesAt, String maxAttempts, String gradingMethod, Boolean shuffleQuestions, Boolean shuffleOptions,
        String navigation, String reviewScore, String reviewRightness, String reviewCorrectAnswers,
        String reviewFeedback, String passingPercent, List<DrawForm> draws, Boolean confirmed) {

    static final int DRAW_ROWS = 3;

    /** One draw row; both empty means no rule. */
    record DrawForm(String tag, String count) {

        boolean isBlank() {
            return (tag == null || tag.isBlank()) && (count == null || count.isBlank());
        }
    }

    QuizForm {
        List<DrawForm> rows = new ArrayList<>(draws == null ? List.of() : draws);
        rows.replaceAll(d -> d == null ? new DrawForm("", "") : d);
        while (rows.size() < DRAW_ROWS) {
            rows.add(new DrawForm("", ""));
        }
        draws = rows;
    }

    static QuizForm blank() {
        return new QuizForm(null, "", "", "", "", "", "1", "HIGHEST", false, false, "FREE", "IMMEDIATELY",
                "AFTER_CLOSE", "AFTER_CLOSE", "AFTER_CLOSE", "50", List.of(), false);
    }

    boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
