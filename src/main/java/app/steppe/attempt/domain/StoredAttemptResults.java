package app.steppe.attempt.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.attempt.AttemptResults;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.StudentQuizRules;

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
        Map<Long, Boolean> visibleByQuiz = new HashMap<>();
        var missedVersions = new HashSet<Long>();
        for (var stored : finished) {
            boolean visible = visibleByQuiz.computeIfAbsent(stored.attempt().quizId(), quiz -> correctAnswersVisible(quiz, studentId, now));
            if (!visible) {
                continue;
            }
            for (var row : stored.questions()) {
                if (!row.needsGrading() && row.points() != null && row.points().compareTo(row.maxPoints()) < 0) {
                    missedVersions.add(row.questionVersionId());
                }
            }
        }
        var questionIds = new HashSet<Long>();
        bank.asked(missedVersions).values().forEach(asked -> questionIds.add(asked.questionId()));
        return questionIds;
    }

    private boolean correctAnswersVisible(long quizId, long studentId, Instant now) {
        try {
            StudentQuizRules rules = quizzes.rulesFor(quizId, studentId);
            // the right answers follow the review options; a held-back grade does not hide them
            return ReviewVisibility.of(rules, true, now, false).correctAnswers();
        } catch (NoSuchElementException gone) {
            return false;
        }
    }

}
