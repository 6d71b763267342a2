package app.steppe.attempt.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.attempt.domain.Attempts.AttemptSummary;
import app.steppe.quiz.QuizApi;
import app.steppe.quiz.QuizView;
import app.steppe.quiz.StudentQuizRules;

/**
 * The student's quiz list: every published quiz with where this student stands. The student's attempts at all
 * quizzes are read in one query, then matched to the quizzes in memory.
 */
@Service
public class StudentQuizzes {

    public enum State {
        /** Not open yet. */
        UPCOMING,
        /** An attempt is running: continue it. */
        IN_PROGRESS,
        /** Open, and an attempt may be started. */
        OPEN,
        /** An attempt waits for a teacher (essays); its score is provisional. */
        NEEDS_GRADING,
        /** Open, but every attempt allowed is used. */
        NO_ATTEMPTS_LEFT,
        CLOSED
    }

    /**
     * One row of the list. {@code timeLimit} includes the student's extra time; {@code bestPercentage} is present only
     * when the review options let the student see the score now.
     */
    public record Entry(QuizView quiz, State state, Instant closesAt, Optional<Duration> timeLimit, boolean extraTime,
            int attemptsAllowed, int attemptsUsed, Optional<BigDecimal> bestPercentage, boolean needsGrading,
            Optional<UUID> openAttempt, Optional<Duration> timeLeft) {

        public int attemptsLeft() {
            return Math.max(0, attemptsAllowed - attemptsUsed);
        }
    }

    private final QuizApi quizzes;
    private final Attempts attempts;

    StudentQuizzes(QuizApi quizzes, Attempts attempts) {
        this.quizzes = quizzes;
        this.attempts = attempts;
    }

    /** A fixed number of queries whatever the number of quizzes: the student's attempts, the quizzes, their rules. */
    @Transactional(readOnly = true)
    public List<Entry> of(long studentId, Instant now) {
        var byQuiz = attempts.summariesOf(studentId).stream().collect(Collectors.groupingBy(AttemptSummary::quizId));
        var rules = quizzes.rulesForStudent(studentId).stream()
                .collect(Collectors.toMap(StudentQuizRules::quizId, r -> r));
        return quizzes.published().stream()
                .map(quiz -> entry(quiz, rules.get(quiz.id()), byQuiz.getOrDefault(quiz.id(), List.of()), now,
                        quizzes.gradesReleased(quiz.id(), now)))
                .toList();
    }

    static Entry entry(QuizView quiz, StudentQuizRules rules, List<AttemptSummary> mine, Instant now, boolean released) {
        var running = mine.stream().filter(a -> !a.finished())
                .filter(a -> a.remainingAt(now).map(left -> !left.isZero()).orElse(true)).findFirst();
        boolean needsGrading = mine.stream().anyMatch(a -> a.gradeState().filter(g -> g == GradeState.PROVISIONAL).isPresent());
        boolean scoreVisible = ReviewVisibility.of(rules, true, now, released).score();
        var best = scoreVisible
                ? mine.stream().filter(AttemptSummary::finished).flatMap(a -> a.percentage().stream()).max(Comparator.naturalOrder())
                : Optional.<BigDecimal>empty();
        return new Entry(quiz, state(rules, mine.size(), running.isPresent(), needsGrading, now), rules.closesAt(),
                rules.personalTimeLimit(), rules.hasExtraTime(),
                rules.attemptsAllowed(), mine.size(), best, needsGrading, running.map(AttemptSummary::id),
                running.flatMap(a -> a.remainingAt(now)));
    }

    static State state(StudentQuizRules rules, int used, boolean running, boolean needsGrading, Instant now) {
        if (running) {
            return State.IN_PROGRESS;
        }
        if (now.isBefore(rules.opensAt())) {
            return State.UPCOMING;
        }
        boolean closed = !now.isBefore(rules.closesAt());
        if (!closed && used < rules.attemptsAllowed()) {
            return State.OPEN;
        }
        if (needsGrading) {
            return State.NEEDS_GRADING;
        }
        return closed ? State.CLOSED : State.NO_ATTEMPTS_LEFT;
    }
}
