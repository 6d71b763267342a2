package app.steppe.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.steppe.quiz.QuizApi.StartCheck;

class AttemptRulesTest {

    private static final Instant OPEN = Instant.parse("2026-12-01T04:00:00Z");
    private static final Instant CLOSE = Instant.parse("2026-12-01T10:00:00Z");
    private static final QuizWindow WINDOW = new QuizWindow(OPEN, CLOSE);

    private static AttemptRules aThirtyMinuteQuizWithTwoAttempts(ExtraTime extra, int extraAttempts,
            Optional<Instant> close) {
        return new AttemptRules(WINDOW, Optional.of(TimeLimit.ofMinutes(30)), 2, extra, extraAttempts, close);
    }

    private static AttemptRules plain() {
        return aThirtyMinuteQuizWithTwoAttempts(ExtraTime.NONE, 0, Optional.empty());
    }

    @Test
    void refusesToStartBeforeTheQuizOpens() {
        assertThat(plain().mayStart(OPEN.minusSeconds(1), 0)).isEqualTo(StartCheck.NOT_YET_OPEN);
        assertThat(plain().mayStart(OPEN, 0)).isEqualTo(StartCheck.ALLOWED);
    }

    @Test
    void refusesToStartAtOrAfterTheClose() {
        assertThat(plain().mayStart(CLOSE.minusSeconds(1), 0)).isEqualTo(StartCheck.ALLOWED);
        assertThat(plain().mayStart(CLOSE, 0)).isEqualTo(StartCheck.CLOSED);
    }

    @Test
    void aPersonalCloseLetsOneStudentStartLater() {
        AttemptRules later = aThirtyMinuteQuizWithTwoAttempts(ExtraTime.NONE, 0, Optional.of(CLOSE.plusSeconds(3600)));
        assertThat(later.mayStart(CLOSE.plusSeconds(60), 0)).isEqualTo(StartCheck.ALLOWED);
        assertThat(later.mayStart(CLOSE.plusSeconds(3600), 0)).isEqualTo(StartCheck.CLOSED);
    }

    @Test
    void refusesWhenAttemptsAreUsedUpUnlessExtraAttemptsWereGranted() {
        assertThat(plain().mayStart(OPEN, 2)).isEqualTo(StartCheck.NO_ATTEMPTS_LEFT);
        AttemptRules extra = aThirtyMinuteQuizWithTwoAttempts(ExtraTime.NONE, 1, Optional.empty());
        assertThat(extra.attemptsAllowed()).isEqualTo(3);
        assertThat(extra.mayStart(OPEN, 2)).isEqualTo(StartCheck.ALLOWED);
        assertThat(extra.mayStart(OPEN, 3)).isEqualTo(StartCheck.NO_ATTEMPTS_LEFT);
    }

    @Test
    void deadlineIsStartPlusTheLimit() {
        assertThat(plain().deadlineFor(OPEN)).isEqualTo(OPEN.plusSeconds(30 * 60));
    }

    @Test
    void extraMinutesAreAddedToTheLimit() {
        AttemptRules extra = aThirtyMinuteQuizWithTwoAttempts(new ExtraTime(15, BigDecimal.ONE), 0, Optional.empty());
        assertThat(extra.deadlineFor(OPEN)).isEqualTo(OPEN.plusSeconds(45 * 60));
    }

    @Test
    void aMultiplierStretchesTheLimit() {
        AttemptRules extra = aThirtyMinuteQuizWithTwoAttempts(new ExtraTime(0, new BigDecimal("1.5")), 0,
                Optional.empty());
        assertThat(extra.deadlineFor(OPEN)).isEqualTo(OPEN.plusSeconds(45 * 60));
    }

    @Test
    void deadlineNeverPassesTheClose() {
        assertThat(plain().deadlineFor(CLOSE.minusSeconds(600))).isEqualTo(CLOSE);
    }

    @Test
    void deadlineIsCappedAtThePersonalCloseNotTheQuizClose() {
        Instant personal = CLOSE.plusSeconds(3600);
        AttemptRules later = aThirtyMinuteQuizWithTwoAttempts(ExtraTime.NONE, 0, Optional.of(personal));
        assertThat(later.deadlineFor(CLOSE.minusSeconds(600))).isEqualTo(CLOSE.plusSeconds(20 * 60));
        assertThat(later.deadlineFor(personal.minusSeconds(60))).isEqualTo(personal);
    }

    @Test
    void withoutALimitTheDeadlineIsTheClose() {
        AttemptRules unlimited = new AttemptRules(WINDOW, Optional.empty(), 1, ExtraTime.NONE, 0, Optional.empty());
        assertThat(unlimited.deadlineFor(OPEN)).isEqualTo(CLOSE);
    }
}
