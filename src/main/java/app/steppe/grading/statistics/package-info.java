/**
 * Quiz and question statistics (item analysis) as pure functions, after Moodle's "Quiz statistics calculations"
 * developer documentation: {@link app.steppe.grading.statistics.QuizStatisticsCalculator} takes the scored attempts
 * ({@link app.steppe.grading.statistics.AttemptScores}, each asking every question or, drawn at random, some) of a
 * quiz's questions ({@link app.steppe.grading.statistics.QuestionSlot}) and returns the test statistics, per-question
 * statistics with flags and distractor counts, and a score histogram. Which attempts count (first, highest, last,
 * all) is the caller's choice. Plain Java: no Spring, no persistence (checked by {@code StatisticsArchitectureTest}).
 */
@NamedInterface("statistics")
package app.steppe.grading.statistics;

import org.springframework.modulith.NamedInterface;
