package org.proximite.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A script's password is checked once in a while, not at every call; a wrong one always; an account change forgets them all. */
class RecentBasicCredentialsTest {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final AtomicInteger checks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final RecentBasicCredentials recent = new RecentBasicCredentials(clock);
    private final AuthenticationProvider provider = recent.in(new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication asked) {
            checks.incrementAndGet();
            if (!"right-password-here".equals(asked.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(asked.getName(), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    });

    private static Authentication asked(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("script", password);
    }

    @Test
    void aRightPasswordIsCheckedOnceWhileItIsRememberedAndAgainAfter() {
        for (int i = 0; i < 10; i++) {
            Authentication signedIn = provider.authenticate(asked("right-password-here"));
            assertThat(signedIn.isAuthenticated()).isTrue();
            assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
            assertThat(signedIn.getCredentials()).as("no password kept in the answer").isNull();
        }
        assertThat(checks.get()).isEqualTo(1);

        clock.now = clock.now.plus(RecentBasicCredentials.KEPT).plus(Duration.ofSeconds(1));
        provider.authenticate(asked("right-password-here"));
        assertThat(checks.get()).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeEvenRightAfterTheRightOne() {
        provider.authenticate(asked("right-password-here"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(asked("wrong-password"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks.get()).isEqualTo(4);
    }

    @Test
    void aChangeOfAnAccountOnAnyInstanceForgetsEveryRememberedCheck() {
        provider.authenticate(asked("right-password-here"));
        recent.onChanges(List.of(OutboxEvent.ofAccount("admin", ChangeKind.LOGIN_SUCCEEDED, "someone")));
        provider.authenticate(asked("right-password-here"));
        assertThat(checks.get()).as("a sign-in elsewhere changes nothing").isEqualTo(1);

        recent.onChanges(List.of(OutboxEvent.ofAccount("admin", ChangeKind.USER_DISABLED, "script")));
        provider.authenticate(asked("right-password-here"));
        assertThat(checks.get()).isEqualTo(2);
    }
}
