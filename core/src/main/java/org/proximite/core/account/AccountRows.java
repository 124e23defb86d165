package org.proximite.core.account;

import static org.proximite.db.jooq.Tables.APP_USER;
import static org.proximite.db.jooq.Tables.APP_USER_CHAPTER_SCOPE;
import static org.proximite.db.jooq.Tables.APP_USER_LANGUAGE_SCOPE;
import static org.proximite.db.jooq.Tables.APP_USER_ROLE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.core.actor.Role;

/** The SQL of accounts: a user row, and its roles and scopes in three small tables. */
final class AccountRows {

    private AccountRows() {}

    static long insert(DSLContext tx, String username, String displayName, String passwordHash, OffsetDateTime now) {
        return tx.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.SESSIONS_VALID_AFTER, now)
                .returningResult(APP_USER.ID)
                .fetchSingle()
                .value1();
    }

    static void replaceAccess(DSLContext tx, long userId, AccountAccess access) {
        tx.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
        tx.deleteFrom(APP_USER_CHAPTER_SCOPE).where(APP_USER_CHAPTER_SCOPE.USER_ID.eq(userId)).execute();
        tx.deleteFrom(APP_USER_LANGUAGE_SCOPE).where(APP_USER_LANGUAGE_SCOPE.USER_ID.eq(userId)).execute();
        var roles = tx.insertInto(APP_USER_ROLE, APP_USER_ROLE.USER_ID, APP_USER_ROLE.ROLE);
        for (Role role : access.roles()) {
            roles = roles.values(userId, role.name());
        }
        roles.execute();
        if (!access.chapterScopes().isEmpty()) {
            var chapters = tx.insertInto(APP_USER_CHAPTER_SCOPE, APP_USER_CHAPTER_SCOPE.USER_ID, APP_USER_CHAPTER_SCOPE.CHAPTER_ID);
            for (String chapter : access.chapterScopes()) {
                chapters = chapters.values(userId, chapter);
            }
            chapters.execute();
        }
        if (!access.languageScopes().isEmpty()) {
            var languages = tx.insertInto(APP_USER_LANGUAGE_SCOPE, APP_USER_LANGUAGE_SCOPE.USER_ID, APP_USER_LANGUAGE_SCOPE.LANGUAGE_CODE);
            for (String language : access.languageScopes()) {
                languages = languages.values(userId, language);
            }
            languages.execute();
        }
    }

    /** Every account, by user name, with its access: four queries whatever their number. */
    static List<AccountSummary> all(DSLContext context) {
        var users = context.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch();
        Map<Long, AccountAccess> access = access(context, users.map(row -> row.getId()));
        List<AccountSummary> summaries = new ArrayList<>();
        for (var user : users) {
            summaries.add(new AccountSummary(user.getId(), user.getUsername(), user.getDisplayName(), access.get(user.getId()), user.getEnabled(),
                    user.getPasswordHash() != null, user.getLastSignInAt()));
        }
        return summaries;
    }

    static Optional<StoredCredentials> credentials(DSLContext context, String username) {
        var user = context.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne();
        if (user == null) {
            return Optional.empty();
        }
        AccountAccess access = access(context, List.of(user.getId())).get(user.getId());
        return Optional.of(new StoredCredentials(user.getUsername(), user.getDisplayName(), user.getPasswordHash(), user.getEnabled(), access,
                user.getSessionsValidAfter()));
    }

    static Optional<Long> idOf(DSLContext context, String username) {
        return context.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(APP_USER.ID);
    }

    private static Map<Long, AccountAccess> access(DSLContext context, Collection<Long> userIds) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        Map<Long, Set<String>> chapters = new HashMap<>();
        Map<Long, Set<String>> languages = new HashMap<>();
        if (!userIds.isEmpty()) {
            context.selectFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.in(userIds)).forEach(row -> roleOf(row.getRole())
                    .ifPresent(role -> roles.computeIfAbsent(row.getUserId(), id -> EnumSet.noneOf(Role.class)).add(role)));
            context.selectFrom(APP_USER_CHAPTER_SCOPE).where(APP_USER_CHAPTER_SCOPE.USER_ID.in(userIds))
                    .forEach(row -> chapters.computeIfAbsent(row.getUserId(), id -> new HashSet<>()).add(row.getChapterId()));
            context.selectFrom(APP_USER_LANGUAGE_SCOPE).where(APP_USER_LANGUAGE_SCOPE.USER_ID.in(userIds))
                    .forEach(row -> languages.computeIfAbsent(row.getUserId(), id -> new HashSet<>()).add(row.getLanguageCode()));
        }
        Map<Long, AccountAccess> access = new HashMap<>();
        for (Long id : userIds) {
            access.put(id, new AccountAccess(roles.getOrDefault(id, Set.of()), chapters.getOrDefault(id, Set.of()),
                    languages.getOrDefault(id, Set.of())));
        }
        return access;
    }

    /** A role the database names; one this version does not know gives nothing rather than more. */
    private static Optional<Role> roleOf(String name) {
        return java.util.Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
