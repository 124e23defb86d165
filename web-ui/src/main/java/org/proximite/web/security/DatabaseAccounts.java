package org.proximite.web.security;

import java.util.List;
import org.proximite.core.account.AccountDirectory;
import org.proximite.core.account.StoredCredentials;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The accounts people sign in with, read from the database, so every instance knows the same ones. */
class DatabaseAccounts implements UserDetailsService {

    private final AccountDirectory directory;

    DatabaseAccounts(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StoredCredentials account = directory.find(username)
                // An invited person without a password yet cannot sign in: the same answer as an unknown name.
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account may sign in with this name"));
        List<SimpleGrantedAuthority> authorities = account.access().roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new SignedInAccount(account.username(), account.passwordHash(), account.enabled(), authorities,
                account.access().chapterScopes(), account.access().languageScopes());
    }
}
