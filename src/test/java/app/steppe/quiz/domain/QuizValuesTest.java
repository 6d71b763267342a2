package app.steppe.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.steppe.quiz.ReviewTiming;

class QuizValuesTest {

    private static final Instant T = Instant.parse("2026-12-01T04:00:00Z");

    @Test
    void windowMustCloseAfterItOpens() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuizWindow(T, T));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuizWindow(T, T.minusSeconds(1)));
        QuizWindow w = new QuizWindow(T, T.plusSeconds(60));
        assertThat(w.isUpcomingAt(T.minusSeconds(1))).isTrue();
        assertThat(w.isClosedAt(T.plusSeconds(60))).isTrue();
        assertThat(w.isClosedAt(T.plusSeconds(59))).isFalse();
    }

    @Test
    void timeLimitIsAtLeastOneWholeMinute() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(Duration.ofSeconds(90)));
        assertThat(TimeLimit.ofMinutes(1).duration()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void passingGradeIsAPercentage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PassingGrade(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new PassingGrade(101));
        assertThat(new PassingGrade(100).percent()).isEqualTo(100);
    }

    @Test
    void extraTimeIsMinutesOrAMultiplierWithinOneToFour() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExtraTime(10, new BigDecimal("1.5")));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExtraTime(0, new BigDecimal("0.9")));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExtraTime(0, new BigDecimal("4.1")));
        assertThat(new ExtraTime(0, new BigDecimal("4.0")).applyTo(Duration.ofMinutes(10)))
                .isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void drawRuleDrawsAtLeastOneAndTreatsABlankTagAsTheWholeSet() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DrawRule(Optional.empty(), 0));
        assertThat(new DrawRule(Optional.of("  "), 2).tag()).isEmpty();
        assertThat(new DrawRule(Optional.of(" china "), 2).tag()).contains("china");
    }

    @Test
    void reviewTimingsDecideWhatIsVisible() {
        assertThat(ReviewOptions.visible(ReviewTiming.NEVER, true, true)).isFalse();
        assertThat(ReviewOptions.visible(ReviewTiming.IMMEDIATELY, false, false)).isFalse();
        assertThat(ReviewOptions.visible(ReviewTiming.IMMEDIATELY, true, false)).isTrue();
        assertThat(ReviewOptions.visible(ReviewTiming.AFTER_CLOSE, true, false)).isFalse();
        assertThat(ReviewOptions.visible(ReviewTiming.AFTER_CLOSE, true, true)).isTrue();
    }

    @Test
    void accommodationRefusesMoreThanTwentyExtraAttempts() {
        Accommodation a = new Accommodation(1, 2);
        assertThatIllegalArgumentException().isThrownBy(() -> a.grant(ExtraTime.NONE, 21, Optional.empty()));
        a.grant(ExtraTime.NONE, 20, Optional.empty());
        assertThat(a.extraAttempts()).isEqualTo(20);
    }

    @Test
    void refusesAMaximumTimeLimitThatIsNotBelowTheSessionTimeout() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> SessionOutlastsAttempts.check(Duration.ofHours(12), Duration.ofHours(12)));
        SessionOutlastsAttempts.check(Duration.ofHours(6), Duration.ofHours(12));
        assertThat(new QuizLimits(null).maxTimeLimit()).isEqualTo(Duration.ofHours(6));
    }
}
