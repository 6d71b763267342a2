package app.steppe.attempt.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.attempt.AttemptResults;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.QuizApi;

@Service
@Transactional(readOnly = true)
class StoredAttemptResults implements AttemptResults {

    private final AttemptStore store;
    private final QuizApi quizzes;
    private final QuestionBankApi bank;

    StoredAttemptResults(AttemptStore store, QuizApi quizzes, QuestionBankApi bank) {
        this.store = store;
        this.quizzes = quizzes;
        this.bank = bank;
    }

    @Override
    public Set<Long> missedQuestionsVisible(long studentId, Instant now) {
        var finished = store.finishedOfStudent(studentId);
        // the right answers follow the review options; a held-back grade does not hide them
        Map<Long, Boolean> visibleByQuiz = new HashMap<>();
        quizzes.rulesForStudent(studentId).forEach(rules ->
                visibleByQuiz.put(rules.quizId(), ReviewVisibility.of(rules, true, now, false).correctAnswers()));
        var missedVersions = new HashSet<Long>();
        for (var stored : finished) {
            if (!visibleByQuiz.getOrDefault(stored.attempt().quizId(), false)) {
                continue;
            }
            for (var row : stored.questions()) {
                if (!row.needsGrading() && row.points() != null && row.points().compareTo(row.maxPoints()) < 0) {
                    missedVersions.add(row.questionVersionId());
                }
            }
        }
        return new HashSet<>(bank.questionIdsOf(missedVersions).values());
    }
}
