package org.proximite.web.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A person signed in with an account of the database: their roles as authorities, and their scopes. */
public class SignedInAccount extends User implements SignedInActor.Scoped {

    private final Set<String> chapterScopes;
    private final Set<String> languageScopes;

    SignedInAccount(String username, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
            Set<String> chapterScopes, Set<String> languageScopes) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.chapterScopes = Set.copyOf(chapterScopes);
        this.languageScopes = Set.copyOf(languageScopes);
    }

    @Override
    public Set<String> chapterScopes() {
        return chapterScopes;
    }

    @Override
    public Set<String> languageScopes() {
        return languageScopes;
    }
}
