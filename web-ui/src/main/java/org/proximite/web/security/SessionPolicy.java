package org.proximite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.proximite.core.account.AccountDirectory;
import org.proximite.core.account.StoredCredentials;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request when its account was disabled, or changed (roles,
 * password) after the sign-in, on any instance; and once the session is older than the absolute
 * timeout. The account's state is read from the database at most every {@link #CACHE_FOR} per
 * account, so a change is seen everywhere within that time.
 */
class SessionPolicy extends OncePerRequestFilter {

    /** The session attribute holding when its person signed in. */
    static final String SIGNED_IN_AT = SessionPolicy.class.getName() + ".signedInAt";
    static final Duration CACHE_FOR = Duration.ofSeconds(2);

    private final AccountDirectory directory;
    private final Duration absoluteTimeout;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private final SecurityContextHolderStrategy signedIn;

    /** {@code signedIn} is the holder the security filters of this application fill, not the JVM's global one. */
    SessionPolicy(AccountDirectory directory, Duration absoluteTimeout, Clock clock, SecurityContextHolderStrategy signedIn) {
        this.directory = directory;
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    private record Cached(Optional<StoredCredentials> account, Instant readAt) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Authentication authentication = signedIn.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && !stillValid(session, authentication.getName())) {
            session.invalidate();
            signedIn.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpSession session, String username) {
        Instant now = clock.instant();
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.ofEpochMilli(session.getCreationTime());
        if (Duration.between(signedInAt, now).compareTo(absoluteTimeout) > 0) {
            return false;
        }
        Optional<StoredCredentials> account = cache.compute(username, (name, cached) -> cached == null
                || Duration.between(cached.readAt(), now).compareTo(CACHE_FOR) >= 0 ? new Cached(directory.find(name), now) : cached).account();
        return account.isPresent() && account.get().enabled() && !signedInAt.isBefore(account.get().sessionsValidAfter().toInstant());
    }
}
