package app.steppe.attempt.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

final class AttemptFixtures {

    static final Instant STARTED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant DEADLINE = STARTED.plus(Duration.ofMinutes(30));
    static final Duration GRACE = AttemptTimingPolicy.DEFAULT_GRACE;
    static final QuestionKey Q1 = new QuestionKey(101);
    static final QuestionKey Q2 = new QuestionKey(102);
    static final QuestionKey Q3 = new QuestionKey(103);
    static final QuestionKey NOT_IN_QUIZ = new QuestionKey(999);
    static final long QUIZ = 7;
    static final long STUDENT = 42;

    private AttemptFixtures() {
    }

    static Attempt aThirtyMinuteAttemptWithFreeNavigation() {
        return Attempt.start(anId(), QUIZ, STUDENT, QuestionPlan.of(List.of(Q1, Q2, Q3)), Navigation.FREE, STARTED, Deadline.at(DEADLINE));
    }

    static Attempt aThirtyMinuteAttemptWithSequentialNavigation() {
        return Attempt.start(anId(), QUIZ, STUDENT, QuestionPlan.of(List.of(Q1, Q2, Q3)), Navigation.SEQUENTIAL, STARTED, Deadline.at(DEADLINE));
    }

    static Attempt anUntimedAttempt() {
        return Attempt.start(anId(), QUIZ, STUDENT, QuestionPlan.of(List.of(Q1, Q2, Q3)), Navigation.FREE, STARTED, Deadline.none());
    }

    static Attempt aThirtyMinuteAttemptStartedAt(Instant started) {
        return Attempt.start(anId(), QUIZ, STUDENT, QuestionPlan.of(List.of(Q1, Q2, Q3)), Navigation.FREE, started,
                Deadline.at(started.plus(Duration.ofMinutes(30))));
    }

    static AttemptId anId() {
        return new AttemptId(UUID.randomUUID());
    }

    static AnswerPayload answer(String json) {
        return new AnswerPayload(json);
    }

    static Instant minutesIn(long minutes) {
        return STARTED.plus(Duration.ofMinutes(minutes));
    }
}
