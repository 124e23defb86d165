package org.proximite.core.account;

import static org.proximite.db.jooq.Tables.APP_USER;
import static org.proximite.db.jooq.Tables.SIGN_IN_FAILURE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.stereotype.Service;

/**
 * Sign-ins as they happen: failures are counted in the database per name typed and per client
 * address, so every instance slows down the same guessing (see {@link ThrottleSettings}); each
 * success and failure is appended to the outbox for the audit log.
 */
@Service
public class SignInAttempts {

    private static final int MAX_NAME = 80;
    private static final int MAX_ADDRESS = 64;

    private final DSLContext dsl;
    private final Outbox outbox;
    private final Clock clock;
    private final ThrottleSettings settings;

    public SignInAttempts(DSLContext dsl, Outbox outbox, Clock clock, ThrottleSettings settings) {
        this.dsl = dsl;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    /** How long this name, from this address, must still wait before a password is checked; empty when it may try now. */
    public Optional<Duration> waitBefore(String username, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Duration wait = max(remaining(SIGN_IN_FAILURE.USERNAME.eq(name(username)), settings.accountFailures(), now),
                remaining(SIGN_IN_FAILURE.CLIENT_ADDRESS.eq(address(address)), settings.addressFailures(), now));
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    private Duration remaining(Condition whose, int limit, OffsetDateTime now) {
        var row = dsl.select(DSL.count(), DSL.max(SIGN_IN_FAILURE.FAILED_AT))
                .from(SIGN_IN_FAILURE)
                .where(whose).and(SIGN_IN_FAILURE.FAILED_AT.gt(now.minus(settings.window())))
                .fetchSingle();
        Duration wait = settings.waitAfter(row.value1(), limit);
        if (wait.isZero() || row.value2() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, row.value2().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A wrong name or password: counted, and old failures forgotten. */
    public void failed(String username, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.FAILED_AT.lt(now.minus(settings.window()))).execute();
            tx.insertInto(SIGN_IN_FAILURE)
                    .set(SIGN_IN_FAILURE.USERNAME, name(username))
                    .set(SIGN_IN_FAILURE.CLIENT_ADDRESS, address(address))
                    .set(SIGN_IN_FAILURE.FAILED_AT, now)
                    .execute();
            outbox.append(tx, OutboxEvent.ofAccount(name(username), ChangeKind.LOGIN_FAILED, name(username)));
        });
    }

    /** A success: the account's failures are forgotten (the address's are not) and its last sign-in recorded. */
    public void succeeded(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME.eq(name(username))).execute();
            tx.update(APP_USER).set(APP_USER.LAST_SIGN_IN_AT, now).where(APP_USER.USERNAME.eq(name(username))).execute();
            outbox.append(tx, OutboxEvent.ofAccount(name(username), ChangeKind.LOGIN_SUCCEEDED, name(username)));
        });
    }

    private static String name(String username) {
        String name = AccountChecks.normalised(username);
        name = name.isEmpty() ? "-" : name;
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String address(String address) {
        String value = address == null || address.isBlank() ? "-" : address;
        return value.length() > MAX_ADDRESS ? value.substring(0, MAX_ADDRESS) : value;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
