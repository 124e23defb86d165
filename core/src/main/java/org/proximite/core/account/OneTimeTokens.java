package org.proximite.core.account;

import static org.proximite.db.jooq.Tables.ACCOUNT_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * One-time links: a random token of 256 bits, given once; the database keeps only its SHA-256, so
 * a copy of the database opens no account. A token works once, before it expires.
 */
final class OneTimeTokens {

    /** What a link is for. */
    enum Purpose {
        /** The first admin chooses a name and a password; no account exists yet. */
        FIRST_ADMIN,
        /** An invited person chooses their password. */
        INVITATION
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeTokens() {}

    static AccountLink create(DSLContext tx, Purpose purpose, Long userId, OffsetDateTime now, Duration lifetime) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime expiresAt = now.plus(lifetime);
        tx.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.TOKEN_SHA256, sha256(token))
                .set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
                .set(ACCOUNT_TOKEN.USER_ID, userId)
                .set(ACCOUNT_TOKEN.CREATED_AT, now)
                .set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
        return new AccountLink(token, expiresAt);
    }

    /** The token's purpose and user while it can still be used, else empty. Uses nothing. */
    static Optional<Use> peek(DSLContext context, String token, OffsetDateTime now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return context.select(ACCOUNT_TOKEN.PURPOSE, ACCOUNT_TOKEN.USER_ID)
                .from(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_SHA256.eq(sha256(token)))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .fetchOptional(row -> new Use(Purpose.valueOf(row.value1()), row.value2()));
    }

    /**
     * Marks the token used, in the caller's transaction, when it is valid for this purpose: one
     * conditional update, so two uses at once cannot both succeed.
     */
    static Optional<Use> consume(DSLContext tx, String token, Purpose purpose, OffsetDateTime now) {
        Optional<Use> use = peek(tx, token, now).filter(found -> found.purpose() == purpose);
        if (use.isEmpty()) {
            return Optional.empty();
        }
        int marked = tx.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.TOKEN_SHA256.eq(sha256(token)))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute();
        return marked == 1 ? use : Optional.empty();
    }

    /** Ends the unused links of this purpose (and user, when given): a new link replaces them. */
    static void revoke(DSLContext tx, Purpose purpose, Long userId, OffsetDateTime now) {
        tx.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(userId == null ? ACCOUNT_TOKEN.USER_ID.isNull() : ACCOUNT_TOKEN.USER_ID.eq(userId))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute();
    }

    record Use(Purpose purpose, Long userId) {}

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
