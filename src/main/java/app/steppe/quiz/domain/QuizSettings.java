package app.steppe.quiz.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;

/** Everything an instructor configures on a quiz, already checked value by value. */
public record QuizSettings(String title, String instructions, Optional<TimeLimit> timeLimit, QuizWindow window,
        int maxAttempts, GradingMethod gradingMethod, boolean shuffleQuestions, boolean shuffleOptions,
        List<DrawRule> drawRules, Navigation navigation, ReviewOptions review, PassingGrade passingGrade) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_ATTEMPTS = 100;

    public QuizSettings {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title");
        }
        title = title.strip();
        instructions = instructions == null ? "" : instructions.strip();
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("max attempts");
        }
        Objects.requireNonNull(timeLimit);
        Objects.requireNonNull(window);
        Objects.requireNonNull(gradingMethod);
        Objects.requireNonNull(navigation);
        Objects.requireNonNull(review);
        Objects.requireNonNull(passingGrade);
        drawRules = List.copyOf(drawRules);
    }
}
