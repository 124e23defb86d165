package org.proximite.core.account;

import static org.proximite.db.jooq.Tables.APP_USER;
import static org.proximite.db.jooq.Tables.APP_USER_ROLE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts, managed by admins: invite, change roles and scopes, disable and enable, set a
 * password. Each call checks the actor, then the input, and writes in one transaction with its
 * outbox event, or refuses with {@link InvalidEditException} and changes nothing. Disabling an
 * account, or changing its access or password, ends its sessions on every instance.
 */
@Service
public class Accounts {

    private final DSLContext dsl;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration invitationLifetime;
    private final PasswordEncoder passwords = PasswordHashing.encoder();

    public Accounts(DSLContext dsl, Outbox outbox, Clock clock,
            @Value("${proximite.accounts.invitation-lifetime:PT72H}") Duration invitationLifetime) {
        this.dsl = dsl;
        this.outbox = outbox;
        this.clock = clock;
        this.invitationLifetime = invitationLifetime;
    }

    /** Every account, by user name. */
    public List<AccountSummary> list(Actor actor) {
        actor.requireManagingUsers();
        return AccountRows.all(dsl);
    }

    /** An account without a password, and the one-time link its person chooses one with (to pass on to them). */
    public AccountLink invite(Actor actor, String username, String displayName, AccountAccess access) {
        actor.requireManagingUsers();
        String name = AccountChecks.normalised(username);
        List<FieldProblem> problems = new ArrayList<>(AccountChecks.nameProblems(name, displayName));
        problems.addAll(AccountChecks.accessProblems(dsl, access));
        if (problems.isEmpty() && AccountRows.idOf(dsl, name).isPresent()) {
            problems.add(new FieldProblem("username", "account.problem.usernameTaken", name));
        }
        refuseIf(problems);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            OffsetDateTime now = now();
            long id = AccountRows.insert(tx, name, displayNameOr(displayName, name), null, now);
            AccountRows.replaceAccess(tx, id, access);
            outbox.append(tx, OutboxEvent.ofAccount(actor.name(), ChangeKind.USER_CREATED, name));
            return OneTimeTokens.create(tx, OneTimeTokens.Purpose.INVITATION, id, now, invitationLifetime);
        });
    }

    /** A new one-time link for this account to choose a password with; earlier links stop working. */
    public AccountLink newPasswordLink(Actor actor, String username) {
        actor.requireManagingUsers();
        long id = existing(username);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            OffsetDateTime now = now();
            OneTimeTokens.revoke(tx, OneTimeTokens.Purpose.INVITATION, id, now);
            outbox.append(tx, OutboxEvent.ofAccount(actor.name(), ChangeKind.USER_CHANGED, AccountChecks.normalised(username)));
            return OneTimeTokens.create(tx, OneTimeTokens.Purpose.INVITATION, id, now, invitationLifetime);
        });
    }

    /** New roles and scopes; the person signs in again to use them. */
    public void changeAccess(Actor actor, String username, AccountAccess access) {
        actor.requireManagingUsers();
        long id = existing(username);
        List<FieldProblem> problems = new ArrayList<>(AccountChecks.accessProblems(dsl, access));
        if (!access.roles().contains(Role.ADMIN) && isLastEnabledAdmin(dsl, id)) {
            problems.add(new FieldProblem("roles", "account.problem.lastAdmin"));
        }
        refuseIf(problems);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            AccountRows.replaceAccess(tx, id, access);
            endSessions(tx, id, null);
            outbox.append(tx, OutboxEvent.ofAccount(actor.name(), ChangeKind.USER_CHANGED, AccountChecks.normalised(username)));
        });
    }

    /** The account can no longer sign in, and its open sessions end at their next request, on every instance. */
    public void disable(Actor actor, String username) {
        actor.requireManagingUsers();
        long id = existing(username);
        if (isLastEnabledAdmin(dsl, id)) {
            refuseIf(List.of(new FieldProblem("enabled", "account.problem.lastAdmin")));
        }
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            endSessions(tx, id, false);
            outbox.append(tx, OutboxEvent.ofAccount(actor.name(), ChangeKind.USER_DISABLED, AccountChecks.normalised(username)));
        });
    }

    public void enable(Actor actor, String username) {
        actor.requireManagingUsers();
        long id = existing(username);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.update(APP_USER).set(APP_USER.ENABLED, true).set(APP_USER.UPDATED_AT, now()).where(APP_USER.ID.eq(id)).execute();
            outbox.append(tx, OutboxEvent.ofAccount(actor.name(), ChangeKind.USER_CHANGED, AccountChecks.normalised(username)));
        });
    }

    /** Sets the account's password (checked against the policy); its open sessions end. */
    public void setPassword(Actor actor, String username, String password) {
        actor.requireManagingUsers();
        String name = AccountChecks.normalised(username);
        long id = existing(name);
        refuseIf(PasswordPolicy.problems(password, name));
        dsl.transaction(configuration -> writePassword(configuration.dsl(), actor.name(), id, name, password));
    }

    /** What a one-time link is for, while it can be used: the first admin's setup, or an invitation (with its user name). */
    public Optional<LinkPurpose> linkPurpose(String token) {
        return OneTimeTokens.peek(dsl, token, now()).map(use -> use.purpose() == OneTimeTokens.Purpose.FIRST_ADMIN
                ? new LinkPurpose(true, null)
                : new LinkPurpose(false, dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(use.userId())).fetchOne(APP_USER.USERNAME)));
    }

    /** What a link lets its holder do; {@code username} is the invited account's, null for the first admin's setup. */
    public record LinkPurpose(boolean firstAdmin, String username) {}

    /**
     * The invited person chooses their password with their one-time link, which then stops
     * working.
     *
     * @throws InvalidEditException {@code account.problem.linkInvalid} when the link is unknown,
     *     used or expired; a password problem when the policy refuses it
     */
    public String choosePassword(String token, String password) {
        Optional<LinkPurpose> purpose = linkPurpose(token).filter(found -> !found.firstAdmin());
        if (purpose.isEmpty()) {
            refuseIf(List.of(linkInvalid()));
        }
        String name = purpose.get().username();
        refuseIf(PasswordPolicy.problems(password, name));
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            OneTimeTokens.Use use = OneTimeTokens.consume(tx, token, OneTimeTokens.Purpose.INVITATION, now())
                    .orElseThrow(() -> new InvalidEditException(List.of(linkInvalid())));
            writePassword(tx, name, use.userId(), name, password);
        });
        return name;
    }

    private void writePassword(DSLContext tx, String actorName, long id, String username, String password) {
        tx.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwords.encode(password)).where(APP_USER.ID.eq(id)).execute();
        endSessions(tx, id, null);
        outbox.append(tx, OutboxEvent.ofAccount(actorName, ChangeKind.USER_CHANGED, username));
    }

    /** Sessions created until now stop working; {@code enabled} changes the account's state too when not null. */
    private void endSessions(DSLContext tx, long id, Boolean enabled) {
        OffsetDateTime now = now();
        var update = tx.update(APP_USER).set(APP_USER.SESSIONS_VALID_AFTER, now).set(APP_USER.UPDATED_AT, now);
        if (enabled != null) {
            update = update.set(APP_USER.ENABLED, enabled);
        }
        update.where(APP_USER.ID.eq(id)).execute();
    }

    static boolean isLastEnabledAdmin(DSLContext context, long id) {
        var admins = context.select(APP_USER.ID).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq(Role.ADMIN.name())).and(APP_USER.ENABLED.isTrue())
                .fetch(APP_USER.ID);
        return admins.size() == 1 && admins.getFirst() == id;
    }

    private long existing(String username) {
        String name = AccountChecks.normalised(username);
        return AccountRows.idOf(dsl, name)
                .orElseThrow(() -> new InvalidEditException(List.of(new FieldProblem("username", "account.problem.unknownUser", name))));
    }

    static FieldProblem linkInvalid() {
        return new FieldProblem("token", "account.problem.linkInvalid");
    }

    static String displayNameOr(String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username : displayName.strip();
    }

    static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
