package org.proximite.core.account;

import static org.proximite.db.jooq.Tables.APP_USER;
import static org.proximite.db.jooq.Tables.APP_USER_ROLE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The first admin, without any default password: created at start from a password the operator
 * gives, or by whoever opens the one-time setup link the start printed. Both only while no admin
 * can sign in.
 */
@Service
public class FirstAdmin {

    /** The name of the admin created from the operator's password. */
    public static final String DEFAULT_USERNAME = "admin";
    static final String SYSTEM = "system";

    private final DSLContext dsl;
    private final Outbox outbox;
    private final Clock clock;
    private final PasswordEncoder passwords = PasswordHashing.encoder();

    public FirstAdmin(DSLContext dsl, Outbox outbox, Clock clock) {
        this.dsl = dsl;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether no enabled admin with a password exists: nobody could manage this installation. */
    public boolean needed() {
        return needed(dsl);
    }

    private static boolean needed(DSLContext context) {
        return !context.fetchExists(context.selectOne().from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq(Role.ADMIN.name()))
                .and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.PASSWORD_HASH.isNotNull()));
    }

    /**
     * Creates {@code admin} with the operator's password when no admin exists; does nothing
     * otherwise (the password only sets the first one).
     *
     * @return whether the account was created
     * @throws org.proximite.core.editing.InvalidEditException when the password breaks the policy
     */
    public boolean createFromPassword(String password) {
        Accounts.refuseIf(PasswordPolicy.problems(password, DEFAULT_USERNAME));
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (!needed(tx)) {
                return false;
            }
            create(tx, DEFAULT_USERNAME, DEFAULT_USERNAME, password);
            return true;
        });
    }

    /** A new one-time setup link, valid for {@code lifetime}: whoever opens it first chooses the first admin's name and password. */
    public AccountLink setupLink(Duration lifetime) {
        return dsl.transactionResult(configuration ->
                OneTimeTokens.create(configuration.dsl(), OneTimeTokens.Purpose.FIRST_ADMIN, null, OffsetDateTime.now(clock), lifetime));
    }

    /**
     * Creates the first admin with the setup link, which then stops working (as do all other
     * setup links).
     *
     * @return the new admin's user name
     * @throws org.proximite.core.editing.InvalidEditException {@code account.problem.linkInvalid}
     *     when the link is unknown, used or expired, or an admin exists already; problems of the
     *     name or password
     */
    public String complete(String token, String username, String displayName, String password) {
        String name = AccountChecks.normalised(username);
        List<FieldProblem> problems = new ArrayList<>(AccountChecks.nameProblems(name, displayName));
        problems.addAll(PasswordPolicy.problems(password, name));
        Accounts.refuseIf(problems);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (OneTimeTokens.consume(tx, token, OneTimeTokens.Purpose.FIRST_ADMIN, now).isEmpty() || !needed(tx)) {
                Accounts.refuseIf(List.of(Accounts.linkInvalid()));
            }
            if (AccountRows.idOf(tx, name).isPresent()) {
                Accounts.refuseIf(List.of(new FieldProblem("username", "account.problem.usernameTaken", name)));
            }
            OneTimeTokens.revoke(tx, OneTimeTokens.Purpose.FIRST_ADMIN, null, now);
            create(tx, name, Accounts.displayNameOr(displayName, name), password);
            return name;
        });
    }

    private void create(DSLContext tx, String username, String displayName, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = AccountRows.idOf(tx, username).orElse(-1L);
        if (id < 0) {
            id = AccountRows.insert(tx, username, displayName, passwords.encode(password), now);
        } else {
            tx.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwords.encode(password)).set(APP_USER.ENABLED, true)
                    .set(APP_USER.SESSIONS_VALID_AFTER, now).set(APP_USER.UPDATED_AT, now).where(APP_USER.ID.eq(id)).execute();
        }
        AccountRows.replaceAccess(tx, id, AccountAccess.of(Role.ADMIN));
        outbox.append(tx, OutboxEvent.ofAccount(SYSTEM, ChangeKind.USER_CREATED, username));
    }
}
