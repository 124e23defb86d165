package org.proximite.web.security;

import org.proximite.core.account.AccountDirectory;
import org.proximite.core.account.PasswordHashing;
import org.proximite.core.account.SignInAttempts;
import org.proximite.core.account.ThrottleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

/** Signing in with the accounts of the database, slowed down after repeated failures. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    @Bean
    ThrottleSettings throttleSettings(SignInSettings settings) {
        return settings.throttle();
    }

    @Bean
    AuthenticationProvider signIn(AccountDirectory directory, SignInAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new DatabaseAccounts(directory));
        passwords.setPasswordEncoder(PasswordHashing.encoder());
        return new ThrottledSignIn(passwords, attempts);
    }
}
