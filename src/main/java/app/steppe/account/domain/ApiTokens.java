package app.steppe.account.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.shared.ContentHash;
import app.steppe.shared.security.AuthenticatedUser;

/**
 * Personal API tokens: created by their user on the profile page (the token is returned once, only its hash is
 * stored), listed, revoked, and checked for each API call. A token is 256 random bits, so one SHA-256 is as strong
 * as a slow password hash here and keeps every API call cheap.
 */
@Service
public class ApiTokens {

    /** Tokens start with this, so a secret scanner (or a person) can tell what a leaked one is. */
    public static final String PREFIX = "stp_";
    public static final int MAX_ACTIVE_PER_USER = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: {@code token} is the secret, which is never shown again. */
    public record Issued(long id, String name, String token) {
    }

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** A new token for the user, or the violations of its name (field {@code name}). */
    @Transactional
    public Result create(long userId, String rawName, Instant now) {
        String name = rawName == null ? "" : rawName.strip();
        if (name.isEmpty()) {
            return Result.refused(Violation.of("name", "account.field.required"));
        }
        if (name.length() > ApiToken.MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return Result.refused(Violation.of("name", "apiToken.name.invalid", ApiToken.MAX_NAME));
        }
        if (tokens.countByUserIdAndRevokedAtIsNull(userId) >= MAX_ACTIVE_PER_USER) {
            return Result.refused(Violation.of("name", "apiToken.tooMany", MAX_ACTIVE_PER_USER));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(userId, name, hash(token), now));
        return new Result(Optional.of(new Issued(saved.getId(), name, token)), List.of());
    }

    public record Result(Optional<Issued> issued, List<Violation> violations) {

        static Result refused(Violation violation) {
            return new Result(Optional.empty(), List.of(violation));
        }
    }

    /** The user's tokens, newest first, revoked ones included (so the owner sees what was revoked). */
    @Transactional(readOnly = true)
    public List<ApiToken> of(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** Revokes one of the user's own tokens; false when the user has no such token. */
    @Transactional
    public boolean revoke(long userId, long tokenId, Instant now) {
        return tokens.findById(tokenId).filter(t -> t.getUserId() == userId).map(t -> {
            t.revoke(now);
            return true;
        }).orElse(false);
    }

    /** Revokes every token of the user that is still active (a password reset: whoever had the account loses it). */
    @Transactional
    public void revokeAll(long userId, Instant now) {
        tokens.findByUserIdOrderByCreatedAtDesc(userId).forEach(t -> t.revoke(now));
    }

    /** The user a presented token acts as: empty for an unknown or revoked token. Notes when it was last used. */
    @Transactional
    public Optional<AuthenticatedUser> authenticate(String presented, Instant now) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(presented)).filter(t -> !t.isRevoked()).flatMap(t -> {
            t.usedAt(now);
            return users.findById(t.getUserId()).map(UserAccount::toPrincipal);
        }).map(user -> {
            user.eraseCredentials();
            return user;
        });
    }

    static String hash(String token) {
        return ContentHash.sha256(token);
    }
}
