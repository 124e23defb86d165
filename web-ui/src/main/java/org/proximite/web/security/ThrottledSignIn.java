package org.proximite.web.security;

import java.time.Duration;
import java.util.Optional;
import org.proximite.core.account.SignInAttempts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password (form or HTTP Basic) unless this name or this client address has
 * failed too often lately: then it refuses at once with the time left to wait, without checking
 * the password. Every success and failure is recorded, for throttling and the audit log.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;

    ThrottledSignIn(AuthenticationProvider passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Optional<Duration> wait = attempts.waitBefore(username, address);
        if (wait.isPresent()) {
            throw new SignInSlowedDown(wait.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            attempts.failed(username, address);
            throw e;
        }
        attempts.succeeded(result.getName());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
