package app.steppe.quiz.web;

import java.util.ArrayList;
import java.util.List;

import app.steppe.quiz.domain.QuizSettings;

/** What an edit changes for students who already have attempts, as message keys, one per changed aspect. */
final class QuizChangeWarnings {

    private QuizChangeWarnings() {
    }

    static List<String> between(QuizSettings before, QuizSettings after) {
        List<String> warnings = new ArrayList<>();
        if (!before.timeLimit().equals(after.timeLimit())) {
            warnings.add("quiz.warning.timeLimit");
        }
        if (!before.window().equals(after.window())) {
            warnings.add("quiz.warning.window");
        }
        if (before.maxAttempts() != after.maxAttempts()) {
            warnings.add("quiz.warning.attempts");
        }
        if (before.gradingMethod() != after.gradingMethod() || !before.passingGrade().equals(after.passingGrade())) {
            warnings.add("quiz.warning.grading");
        }
        if (!before.review().equals(after.review())) {
            warnings.add("quiz.warning.review");
        }
        if (before.shuffleQuestions() != after.shuffleQuestions() || before.shuffleOptions() != after.shuffleOptions()
                || !before.drawRules().equals(after.drawRules()) || before.navigation() != after.navigation()) {
            warnings.add("quiz.warning.questions");
        }
        return warnings;
    }
}
