package org.proximite.core.account;

import static org.proximite.db.jooq.Tables.ACCOUNT_SIGN_IN;
import static org.proximite.db.jooq.Tables.APP_USER;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Sign-ins that any instance can carry on: when the instance that held a person's session stops,
 * the next instance they reach opens a new session from the token their browser kept, without
 * asking for their password again, within the same timeouts. The token (256 random bits) is given
 * once; the database keeps only its SHA-256.
 */
@Service
public class CarriedSignIns {

    /** How often a sign-in's last request is written down: the idle timeout needs no finer. */
    public static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final Clock clock;

    public CarriedSignIns(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A sign-in as kept: whose, since when, and when it was last seen. */
    public record CarriedSignIn(String username, OffsetDateTime signedInAt, OffsetDateTime lastSeenAt, OffsetDateTime expiresAt) {}

    /**
     * Keeps a sign-in that has just happened and gives its token, to hand to the browser once; it
     * ends {@code absoluteTimeout} after {@code signedInAt}. Empty for an unknown account.
     */
    public Optional<String> keep(String username, OffsetDateTime signedInAt, Duration absoluteTimeout) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Long userId = tx.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(AccountChecks.normalised(username)))
                    .fetchOne(APP_USER.ID);
            if (userId == null) {
                return Optional.empty();
            }
            tx.deleteFrom(ACCOUNT_SIGN_IN).where(ACCOUNT_SIGN_IN.EXPIRES_AT.le(now)).execute();
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            tx.insertInto(ACCOUNT_SIGN_IN)
                    .set(ACCOUNT_SIGN_IN.TOKEN_HASH, OneTimeTokens.sha256(token))
                    .set(ACCOUNT_SIGN_IN.USER_ID, userId)
                    .set(ACCOUNT_SIGN_IN.SIGNED_IN_AT, signedInAt)
                    .set(ACCOUNT_SIGN_IN.LAST_SEEN_AT, now)
                    .set(ACCOUNT_SIGN_IN.EXPIRES_AT, signedInAt.plus(absoluteTimeout))
                    .execute();
            return Optional.of(token);
        });
    }

    /**
     * The sign-in of this token, when it may still be carried on: not expired, seen within
     * {@code idleTimeout}, its account enabled and not changed since (a changed password, roles
     * or scopes end every sign-in made before).
     */
    public Optional<CarriedSignIn> find(String token, Duration idleTimeout) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dsl.select(APP_USER.USERNAME, ACCOUNT_SIGN_IN.SIGNED_IN_AT, ACCOUNT_SIGN_IN.LAST_SEEN_AT, ACCOUNT_SIGN_IN.EXPIRES_AT)
                .from(ACCOUNT_SIGN_IN)
                .join(APP_USER).on(APP_USER.ID.eq(ACCOUNT_SIGN_IN.USER_ID))
                .where(ACCOUNT_SIGN_IN.TOKEN_HASH.eq(OneTimeTokens.sha256(token)))
                .and(ACCOUNT_SIGN_IN.EXPIRES_AT.gt(now))
                .and(ACCOUNT_SIGN_IN.LAST_SEEN_AT.gt(now.minus(idleTimeout)))
                .and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.SESSIONS_VALID_AFTER.le(ACCOUNT_SIGN_IN.SIGNED_IN_AT))
                .fetchOptional(row -> new CarriedSignIn(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /** Notes that the sign-in is in use, so that it does not count as idle. */
    public void seen(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.update(ACCOUNT_SIGN_IN)
                .set(ACCOUNT_SIGN_IN.LAST_SEEN_AT, now)
                .where(ACCOUNT_SIGN_IN.TOKEN_HASH.eq(OneTimeTokens.sha256(token)))
                .and(ACCOUNT_SIGN_IN.LAST_SEEN_AT.lt(now.minus(SEEN_EVERY)))
                .execute();
    }

    /** Ends the sign-in of this token (signing out): no instance carries it on any more. */
    public void forget(String token) {
        if (token != null && !token.isBlank() && token.length() <= 100) {
            dsl.deleteFrom(ACCOUNT_SIGN_IN).where(ACCOUNT_SIGN_IN.TOKEN_HASH.eq(OneTimeTokens.sha256(token))).execute();
        }
    }
}
