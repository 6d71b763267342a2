package app.steppe.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Counts failed logins per account and address, and per address. An account is locked only for the address the
 * failures came from, so a classmate cannot lock a student out before an exam; an address that fails very often is
 * locked for every account. Unknown usernames are counted and locked like known ones.
 */
@Service
public class LoginThrottle {

    private static final String UNKNOWN_ADDRESS = "unknown";

    private final LoginFailureRepository failures;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, LoginThrottleSettings settings, Clock clock) {
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        String user = key(username);
        String from = address(address);
        LoginLockRule perAccount = settings.accountAndAddressRule();
        LoginLockRule perAddress = settings.addressRule();
        return perAccount.isLocked(failures.failureTimesForAccountAndAddress(user, from, perAccount.relevantSince(now)), now)
                || perAddress.isLocked(failures.failureTimesForAddress(from, perAddress.relevantSince(now)), now);
    }

    public void recordFailure(String username, String address) {
        failures.save(new LoginFailure(key(username), address(address), clock.instant()));
    }

    /** A successful login forgives that account's failures from that address. */
    public void recordSuccess(String username, String address) {
        failures.deleteByAccountAndAddress(key(username), address(address));
    }

    /** An instructor vouches for the student: their failures from every address are forgotten. */
    public void liftLocks(String username) {
        failures.deleteByAccount(key(username));
    }

    /** Which of these accounts are locked from at least one address now. */
    public Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        LoginLockRule rule = settings.accountAndAddressRule();
        var byAccountAndAddress = failures.findByUsernameInAndFailedAtAfterOrderByFailedAt(usernames, rule.relevantSince(now))
                .stream()
                .collect(Collectors.groupingBy(f -> List.of(f.username(), f.address()),
                        Collectors.mapping(LoginFailure::failedAt, Collectors.toList())));
        return byAccountAndAddress.entrySet().stream()
                .filter(e -> rule.isLocked(e.getValue(), now))
                .map(e -> e.getKey().get(0))
                .collect(Collectors.toSet());
    }

    /** Failures too old to matter to any rule are deleted; every node may run this, it is idempotent. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void purgeExpired() {
        Instant now = clock.instant();
        Instant accountCutoff = settings.accountAndAddressRule().relevantSince(now);
        Instant addressCutoff = settings.addressRule().relevantSince(now);
        failures.deleteOlderThan(accountCutoff.isBefore(addressCutoff) ? accountCutoff : addressCutoff);
    }

    private static String key(String username) {
        return truncate(UserAccount.normaliseUsername(username), UserAccount.MAX_USERNAME);
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? UNKNOWN_ADDRESS : truncate(address.strip(), LoginFailure.MAX_ADDRESS);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
