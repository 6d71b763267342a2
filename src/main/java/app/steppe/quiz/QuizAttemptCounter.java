package app.steppe.quiz;

/**
 * Implemented by the attempt module: how many attempts a quiz has. The quiz module warns before an edit changes
 * a quiz that has attempts; without an implementation it assumes none.
 */
public interface QuizAttemptCounter {

    long attemptsOf(long quizId);
}
