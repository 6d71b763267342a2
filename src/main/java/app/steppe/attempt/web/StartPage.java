package app.steppe.attempt.web;

import java.time.Duration;

import java.util.List;
import java.util.Optional;

import app.steppe.attempt.domain.Attempts.AttemptSummary;
import app.steppe.quiz.QuizApi.StartCheck;
import app.steppe.quiz.QuizView;
import app.steppe.quiz.StudentQuizRules;

/** The rules page before an attempt: what the student agrees to when they press Start. */
record StartPage(QuizView quiz, StudentQuizRules rules, Optional<Long> yourMinutes, long attemptsUsed,
        Optional<AttemptSummary> open, StartCheck check) {

    static StartPage of(QuizView quiz, StudentQuizRules rules, List<AttemptSummary> ofThisQuiz, StartCheck check) {
        var open = ofThisQuiz.stream().filter(a -> !a.finished()).findFirst();
        return new StartPage(quiz, rules, rules.personalTimeLimit().map(Duration::toMinutes), ofThisQuiz.size(), open, check);
    }

    public boolean hasExtraTime() {
        return rules.timeLimitMinutes().isPresent() && !yourMinutes.equals(rules.timeLimitMinutes().map(Integer::longValue));
    }

    public boolean canStart() {
        return open.isEmpty() && check == StartCheck.ALLOWED;
    }
}
