package org.proximite.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Scripts send their name and password with every API call (HTTP Basic). Checking an Argon2
 * hash each time would cost tens of milliseconds of CPU a call, and record a sign-in each time:
 * a name and password checked in the last {@link #KEPT} are taken as checked (the memory keeps a
 * SHA-256 of them, never the password). Any change of an account, on any instance (roles,
 * password, disabled), forgets every remembered check as soon as the outbox brings it. Wrong
 * passwords are never remembered: each one is checked, throttled and recorded.
 */
@Component
class RecentBasicCredentials implements OutboxListener {

    /** How long a checked name and password are taken as checked. */
    static final Duration KEPT = Duration.ofSeconds(30);
    private static final int MOST_REMEMBERED = 1_000;

    private record Checked(Authentication authentication, Instant until) {}

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentBasicCredentials() {
        this(Clock.systemUTC());
    }

    RecentBasicCredentials(Clock clock) {
        this.clock = clock;
    }

    /** A provider that asks {@code signIn} only for names and passwords not checked lately. */
    AuthenticationProvider in(AuthenticationProvider signIn) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication asked) {
                String key = key(asked);
                Checked known = key == null ? null : checked.get(key);
                Instant now = clock.instant();
                if (known != null && now.isBefore(known.until())) {
                    Authentication authentication = known.authentication();
                    return UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authentication.getAuthorities());
                }
                Authentication result = signIn.authenticate(asked);
                if (key != null && result != null && result.isAuthenticated()) {
                    if (checked.size() >= MOST_REMEMBERED) {
                        checked.clear();
                    }
                    checked.put(key, new Checked(result, now.plus(KEPT)));
                }
                return result;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return signIn.supports(authentication);
            }
        };
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().anyMatch(event -> event.replacesEverything() || event.isAccountChange() && event.kind().name().startsWith("USER_"))) {
            checked.clear();
        }
    }

    private static String key(Authentication asked) {
        if (asked.getCredentials() == null) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(asked.getName().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(asked.getCredentials().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
