package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoginLockRuleTest {

    private static final Instant NINE_AM = Instant.parse("2026-05-04T09:00:00Z");

    private final LoginLockRule fivePerFifteenMinutes = new LoginLockRule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final MutableClock clock = new MutableClock(NINE_AM);
    private final List<Instant> failures = new ArrayList<>();

    @Test
    void fourFailuresDoNotLock() {
        failEvery(Duration.ofSeconds(10), 4);

        assertThat(fivePerFifteenMinutes.isLocked(failures, clock.instant())).isFalse();
    }

    @Test
    void theFifthFailureWithinTheWindowLocks() {
        failEvery(Duration.ofSeconds(10), 5);

        assertThat(fivePerFifteenMinutes.isLocked(failures, clock.instant())).isTrue();
    }

    @Test
    void theLockEndsLockDurationAfterTheLastFailure() {
        failEvery(Duration.ofSeconds(10), 5);
        Instant lastFailure = clock.instant();

        assertThat(fivePerFifteenMinutes.lockedUntil(failures)).contains(lastFailure.plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(fivePerFifteenMinutes.isLocked(failures, clock.instant())).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(fivePerFifteenMinutes.isLocked(failures, clock.instant())).isFalse();
    }

    @Test
    void fiveFailuresSpreadOverMoreThanTheWindowDoNotLock() {
        failEvery(Duration.ofMinutes(4), 5); // first to last: 16 minutes

        assertThat(fivePerFifteenMinutes.isLocked(failures, clock.instant())).isFalse();
    }

    @Test
    void anyFiveConsecutiveFailuresWithinTheWindowLockEvenAfterSlowOnes() {
        failEvery(Duration.ofMinutes(10), 3);
        failEvery(Duration.ofSeconds(5), 5);

        assertThat(fivePerFifteenMinutes.isLocked(failures, clock.instant())).isTrue();
    }

    @Test
    void failuresOlderThanWindowPlusLockCannotMatter() {
        assertThat(fivePerFifteenMinutes.relevantSince(NINE_AM)).isEqualTo(NINE_AM.minus(Duration.ofMinutes(30)));
    }

    @Test
    void refusesARuleThatCouldNeverLockOrNeverEnd() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginLockRule(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginLockRule(5, Duration.ZERO, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginLockRule(5, Duration.ofMinutes(1), Duration.ofMinutes(-1)));
    }

    private void failEvery(Duration gap, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(gap);
            failures.add(clock.instant());
        }
    }
}
