package org.proximite.core.account;

import java.util.Set;
import org.proximite.core.actor.Role;

/**
 * What an account may do: its roles, and the chapters and languages its roles apply to (see
 * {@link org.proximite.core.actor.Actor} for what each scope means to each role).
 */
public record AccountAccess(Set<Role> roles, Set<String> chapterScopes, Set<String> languageScopes) {

    public AccountAccess {
        roles = Set.copyOf(roles);
        chapterScopes = Set.copyOf(chapterScopes);
        languageScopes = Set.copyOf(languageScopes);
    }

    public static AccountAccess of(Role... roles) {
        return new AccountAccess(Set.of(roles), Set.of(), Set.of());
    }
}
