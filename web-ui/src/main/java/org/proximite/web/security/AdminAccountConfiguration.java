package org.proximite.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The one account for now: {@code admin}, who administers and edits. Its password comes from the
 * environment; without one, a random password is generated and shown once in the log, so a fresh
 * installation is usable but never protected by a well-known password.
 */
@Configuration(proxyBeanMethods = false)
class AdminAccountConfiguration {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService adminAccount(AdminAccountProperties properties, PasswordEncoder passwordEncoder) {
        String password = properties.hasPassword() ? properties.password() : generatedPassword();
        return new InMemoryUserDetailsManager(User.withUsername(ADMIN_USERNAME)
                .password(passwordEncoder.encode(password))
                .roles(Roles.ADMIN)
                .build());
    }

    private static String generatedPassword() {
        String password = RandomPassword.generate();
        log.warn("PROXIMITE_ADMIN_PASSWORD is not set, so this start generated a password for the user '{}': {}"
                + " (it changes at every restart; set PROXIMITE_ADMIN_PASSWORD to keep one)", ADMIN_USERNAME, password);
        return password;
    }
}
