package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String CLASSROOM = "10.0.0.1";
    private static final String DORM = "10.0.0.2";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
    private final List<LoginFailure> rows = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(inMemory(rows),
            new LoginThrottleSettings(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void fiveFailuresLockTheAccountOnlyFromThatAddress() {
        fail("aigerim", CLASSROOM, 5);

        assertThat(throttle.isLocked("aigerim", CLASSROOM)).isTrue();
        assertThat(throttle.isLocked("aigerim", DORM)).isFalse();
        assertThat(throttle.isLocked("dmitry", CLASSROOM)).isFalse();
    }

    @Test
    void usernamesCountCaseInsensitively() {
        fail("Aigerim", CLASSROOM, 3);
        fail("AIGERIM", CLASSROOM, 2);

        assertThat(throttle.isLocked("aigerim", CLASSROOM)).isTrue();
    }

    @Test
    void theLockEndsAfterTheLockDuration() {
        fail("aigerim", CLASSROOM, 5);

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("aigerim", CLASSROOM)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isLocked("aigerim", CLASSROOM)).isFalse();
    }

    @Test
    void fiftyFailuresFromOneAddressLockEveryAccountFromThere() {
        for (int i = 0; i < 50; i++) {
            fail("guess" + i, CLASSROOM, 1);
        }

        assertThat(throttle.isLocked("someone-new", CLASSROOM)).isTrue();
        assertThat(throttle.isLocked("someone-new", DORM)).isFalse();
    }

    @Test
    void aSuccessForgivesThatAccountsFailuresFromThatAddressOnly() {
        fail("aigerim", CLASSROOM, 4);
        fail("aigerim", DORM, 4);

        throttle.recordSuccess("aigerim", CLASSROOM);
        fail("aigerim", CLASSROOM, 1);
        fail("aigerim", DORM, 1);

        assertThat(throttle.isLocked("aigerim", CLASSROOM)).isFalse();
        assertThat(throttle.isLocked("aigerim", DORM)).isTrue();
    }

    @Test
    void liftingLocksForgetsTheAccountsFailuresFromEveryAddress() {
        fail("aigerim", CLASSROOM, 5);
        fail("aigerim", DORM, 5);
        fail("dmitry", CLASSROOM, 5);

        throttle.liftLocks("aigerim");

        assertThat(throttle.lockedAmong(List.of("aigerim", "dmitry"))).containsExactly("dmitry");
    }

    @Test
    void purgingDeletesOnlyFailuresTooOldToMatter() {
        fail("aigerim", CLASSROOM, 2);
        clock.advance(Duration.ofMinutes(20));
        fail("aigerim", CLASSROOM, 1);
        clock.advance(Duration.ofMinutes(11));

        throttle.purgeExpired();

        assertThat(rows).hasSize(1);
    }

    @Test
    void aMissingAddressIsCountedUnderOneName() {
        fail("aigerim", null, 5);

        assertThat(throttle.isLocked("aigerim", null)).isTrue();
        assertThat(throttle.isLocked("aigerim", " ")).isTrue();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(Duration.ofSeconds(1));
            throttle.recordFailure(username, address);
        }
    }

    /** The repository's queries over a list: enough to test the throttle's decisions without a database. */
    private static LoginFailureRepository inMemory(List<LoginFailure> rows) {
        return (LoginFailureRepository) Proxy.newProxyInstance(LoginThrottleTest.class.getClassLoader(),
                new Class<?>[] {LoginFailureRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "save" -> {
                        rows.add((LoginFailure) args[0]);
                        yield args[0];
                    }
                    case "failureTimesForAccountAndAddress" -> times(rows, f -> f.username().equals(args[0])
                            && f.address().equals(args[1]) && f.failedAt().isAfter((Instant) args[2]));
                    case "failureTimesForAddress" -> times(rows, f -> f.address().equals(args[0])
                            && f.failedAt().isAfter((Instant) args[1]));
                    case "findByUsernameInAndFailedAtAfterOrderByFailedAt" -> rows.stream()
                            .filter(f -> ((Collection<?>) args[0]).contains(f.username()) && f.failedAt().isAfter((Instant) args[1]))
                            .sorted(Comparator.comparing(LoginFailure::failedAt)).toList();
                    case "deleteByAccountAndAddress" -> remove(rows, f -> f.username().equals(args[0]) && f.address().equals(args[1]));
                    case "deleteByAccount" -> remove(rows, f -> f.username().equals(args[0]));
                    case "deleteOlderThan" -> remove(rows, f -> !f.failedAt().isAfter((Instant) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<Instant> times(List<LoginFailure> rows, Predicate<LoginFailure> which) {
        return rows.stream().filter(which).map(LoginFailure::failedAt).sorted().toList();
    }

    private static int remove(List<LoginFailure> rows, Predicate<LoginFailure> which) {
        int before = rows.size();
        rows.removeIf(which);
        return before - rows.size();
    }
}
