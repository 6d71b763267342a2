package app.steppe.grading.statistics;

import java.util.List;
import java.util.Objects;

/** Everything the statistics report shows for one quiz and one choice of attempts. */
public record QuizStatistics(TestStatistics test, List<QuestionStatistics> questions, ScoreHistogram histogram) {

    public QuizStatistics {
        Objects.requireNonNull(test, "test");
        questions = List.copyOf(questions);
        Objects.requireNonNull(histogram, "histogram");
    }

    public QuestionStatistics question(int index) {
        return questions.get(index);
    }

    /** False when questions were drawn at random: some question's figures rest on fewer attempts than the test's. */
    public boolean everyAttemptAskedEveryQuestion() {
        return questions.stream().allMatch(q -> q.attempts() == test.attempts());
    }
}
