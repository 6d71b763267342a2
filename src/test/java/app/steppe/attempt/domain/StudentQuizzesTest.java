package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.steppe.attempt.domain.Attempts.AttemptSummary;
import app.steppe.attempt.domain.StudentQuizzes.State;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.QuizView;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.StudentQuizRules;

/** The student's quiz list: state, time limit with extra time, and a best score only when it may be seen. */
class StudentQuizzesTest {

    static final Instant OPENS = Instant.parse("2026-12-01T04:00:00Z");
    static final Instant CLOSES = OPENS.plus(Duration.ofHours(8));
    static final QuizView QUIZ = new QuizView(7, "Quiz", "", 1, OPENS, CLOSES);

    static StudentQuizRules rules(int extraMinutes, String multiplier, int attempts, ReviewTiming score) {
        return new StudentQuizRules(7, 3, 1, OPENS, CLOSES, Optional.of(30), extraMinutes, new BigDecimal(multiplier),
                attempts, Navigation.FREE, false, false, List.of(),
                new StudentQuizRules.Review(score, ReviewTiming.NEVER, ReviewTiming.NEVER, ReviewTiming.NEVER),
                GradingMethod.HIGHEST, 50);
    }

    static AttemptSummary finished(String percent, GradeState state) {
        return new AttemptSummary(UUID.randomUUID(), 7, 3, 1, true, OPENS, Optional.of(OPENS.plusSeconds(1800)),
                Optional.of(OPENS.plusSeconds(600)), Optional.of(FinishKind.SUBMITTED_BY_STUDENT),
                Optional.of(BigDecimal.ONE), BigDecimal.TEN, Optional.of(new BigDecimal(percent)), Optional.of(state));
    }

    static AttemptSummary running(Instant started) {
        return new AttemptSummary(UUID.randomUUID(), 7, 3, 2, false, started, Optional.of(started.plusSeconds(1800)),
                Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.TEN, Optional.empty(), Optional.empty());
    }

    @Test
    void aQuizIsUpcomingOpenInProgressOutOfAttemptsOrClosed() {
        var r = rules(0, "1", 1, ReviewTiming.IMMEDIATELY);
        assertThat(StudentQuizzes.entry(QUIZ, r, List.of(), OPENS.minusSeconds(1), true).state()).isEqualTo(State.UPCOMING);
        assertThat(StudentQuizzes.entry(QUIZ, r, List.of(), OPENS, true).state()).isEqualTo(State.OPEN);
        var inProgress = StudentQuizzes.entry(QUIZ, r, List.of(running(OPENS)), OPENS.plusSeconds(600), true);
        assertThat(inProgress.state()).isEqualTo(State.IN_PROGRESS);
        assertThat(inProgress.timeLeft()).contains(Duration.ofMinutes(20));
        assertThat(StudentQuizzes.entry(QUIZ, r, List.of(finished("80", GradeState.FINAL)), OPENS.plusSeconds(900), true).state())
                .isEqualTo(State.NO_ATTEMPTS_LEFT);
        assertThat(StudentQuizzes.entry(QUIZ, r, List.of(), CLOSES, true).state()).isEqualTo(State.CLOSED);
    }

    @Test
    void anAttemptWaitingForGradingIsShownAsNeedsGradingOnceNoMoreCanBeStarted() {
        var r = rules(0, "1", 1, ReviewTiming.IMMEDIATELY);
        var entry = StudentQuizzes.entry(QUIZ, r, List.of(finished("40", GradeState.PROVISIONAL)), CLOSES.plusSeconds(1), true);
        assertThat(entry.state()).isEqualTo(State.NEEDS_GRADING);
        assertThat(entry.needsGrading()).isTrue();
    }

    @Test
    void anAttemptPastItsDeadlineIsNoLongerInProgress() {
        var r = rules(0, "1", 2, ReviewTiming.IMMEDIATELY);
        var entry = StudentQuizzes.entry(QUIZ, r, List.of(running(OPENS)), OPENS.plus(Duration.ofMinutes(31)), true);
        assertThat(entry.state()).isEqualTo(State.OPEN);
        assertThat(entry.attemptsLeft()).isEqualTo(1);
    }

    @Test
    void theTimeLimitIncludesExtraMinutesOrTheMultiplier() {
        assertThat(rules(0, "1", 1, ReviewTiming.NEVER).personalTimeLimit()).contains(Duration.ofMinutes(30));
        assertThat(rules(15, "1", 1, ReviewTiming.NEVER).personalTimeLimit()).contains(Duration.ofMinutes(45));
        assertThat(rules(0, "1.25", 1, ReviewTiming.NEVER).personalTimeLimit()).contains(Duration.ofSeconds(2250));
        assertThat(StudentQuizzes.entry(QUIZ, rules(0, "1.5", 1, ReviewTiming.NEVER), List.of(), OPENS, true).extraTime()).isTrue();
    }

    @Test
    void theBestScoreFollowsTheScoreReviewOption() {
        var attemptsMade = List.of(finished("40", GradeState.FINAL), finished("75.5", GradeState.FINAL));
        assertThat(StudentQuizzes.entry(QUIZ, rules(0, "1", 3, ReviewTiming.IMMEDIATELY), attemptsMade, OPENS.plusSeconds(900), true)
                .bestPercentage()).contains(new BigDecimal("75.5"));
        assertThat(StudentQuizzes.entry(QUIZ, rules(0, "1", 3, ReviewTiming.NEVER), attemptsMade, OPENS.plusSeconds(900), true)
                .bestPercentage()).isEmpty();
        var afterClose = rules(0, "1", 3, ReviewTiming.AFTER_CLOSE);
        assertThat(StudentQuizzes.entry(QUIZ, afterClose, attemptsMade, OPENS.plusSeconds(900), true).bestPercentage()).isEmpty();
        assertThat(StudentQuizzes.entry(QUIZ, afterClose, attemptsMade, CLOSES, true).bestPercentage()).isPresent();
        // results held back by the instructor hide the best score whatever the review options say
        assertThat(StudentQuizzes.entry(QUIZ, afterClose, attemptsMade, CLOSES, false).bestPercentage()).isEmpty();
    }

    @Test
    void reviewPartsFollowTheirOwnTiming() {
        var mixed = new StudentQuizRules(7, 3, 1, OPENS, CLOSES, Optional.empty(), 0, BigDecimal.ONE, 1, Navigation.FREE,
                false, false, List.of(), new StudentQuizRules.Review(ReviewTiming.IMMEDIATELY, ReviewTiming.AFTER_CLOSE,
                ReviewTiming.NEVER, ReviewTiming.AFTER_CLOSE), GradingMethod.HIGHEST, 50);
        assertThat(ReviewVisibility.of(mixed, false, CLOSES, true)).isEqualTo(new ReviewVisibility(false, false, false, false));
        assertThat(ReviewVisibility.of(mixed, true, OPENS, true)).isEqualTo(new ReviewVisibility(true, false, false, false));
        assertThat(ReviewVisibility.moreAfterClose(mixed, OPENS)).isTrue();
        assertThat(ReviewVisibility.of(mixed, true, CLOSES, true)).isEqualTo(new ReviewVisibility(true, true, false, true));
        // unreleased results: no score and no right/wrong, but the feedback still follows its review option
        assertThat(ReviewVisibility.of(mixed, true, CLOSES, false)).isEqualTo(new ReviewVisibility(false, false, false, true));
        assertThat(ReviewVisibility.moreAfterClose(mixed, CLOSES)).isFalse();
    }
}
