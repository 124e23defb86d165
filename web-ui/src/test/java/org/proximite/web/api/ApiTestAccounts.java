package org.proximite.web.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proximite.core.actor.Role;
import org.proximite.web.security.SignedInActor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts for the write API's tests, in place of the admin account alone: one per role, with the
 * scopes their work has. Every password is {@link #PASSWORD}. A test replaces the application's
 * account bean with {@code @TestBean(name = "adminAccount", methodName = ApiTestAccounts.FACTORY)}.
 */
final class ApiTestAccounts {

    static final String FACTORY = "org.proximite.web.api.ApiTestAccounts#accounts";

    static final String PASSWORD = "write-api-test-only";

    /** A person with roles and the chapters and languages they work on. */
    static final class ScopedUser extends User implements SignedInActor.Scoped {

        private final Set<String> chapters;
        private final Set<String> languages;

        ScopedUser(String name, Role role, Set<String> chapters, Set<String> languages) {
            super(name, "{noop}" + PASSWORD, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
            this.chapters = chapters;
            this.languages = languages;
        }

        @Override
        public Set<String> chapterScopes() {
            return chapters;
        }

        @Override
        public Set<String> languageScopes() {
            return languages;
        }
    }

    private static final Map<String, ScopedUser> ACCOUNTS = Map.of(
            "awa", new ScopedUser("awa", Role.COORDINATOR, Set.of(), Set.of()),
            "tom", new ScopedUser("tom", Role.TRANSLATOR, Set.of(), Set.of("en")),
            "nuno", new ScopedUser("nuno", Role.COUNTRY_EDITOR, Set.of("guinea-bissau"), Set.of()),
            "writer", new ScopedUser("writer", Role.COORDINATOR, Set.of(), Set.of()));

    private ApiTestAccounts() {}

    /** The accounts, in place of the application's admin account. */
    static UserDetailsService accounts() {
        return name -> {
            ScopedUser user = ACCOUNTS.get(name);
            if (user == null) {
                throw new UsernameNotFoundException(name);
            }
            return new ScopedUser(user.getUsername(), Role.valueOf(user.getAuthorities().iterator().next().getAuthority().substring(5)),
                    user.chapterScopes(), user.languageScopes());
        };
    }
}
