package app.steppe.attempt.domain;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.quiz.QuizAttemptCounter;

/** Tells the quiz module how many attempts a quiz has, so an edit can warn what changes for them. */
@Component
class StoredAttemptCounter implements QuizAttemptCounter {

    private final AttemptStore store;

    StoredAttemptCounter(AttemptStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public long attemptsOf(long quizId) {
        return store.countOfQuiz(quizId);
    }
}
