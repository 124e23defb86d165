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
import java.util.Optional;
import org.proximite.core.account.CarriedSignIns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries a person's sign-in on when their session is not on this instance (the one that held it
 * stopped, or the proxy sent them elsewhere): the token their browser kept opens a new session
 * here, as the same person with the same roles, its timeouts still counted from the first
 * sign-in. A token that is unknown, expired, idle too long, or of an account disabled or changed
 * since is taken back from the browser and the person signs in again.
 *
 * <p>Also notes, at most once a minute, that a signed-in person is still there, and forgets the
 * sign-in when they sign out.
 */
class CarryOnSignIn extends OncePerRequestFilter implements LogoutHandler {

    /** The session attribute holding the token of the sign-in the session belongs to. */
    static final String TOKEN = CarryOnSignIn.class.getName() + ".token";
    private static final String SEEN_AT = CarryOnSignIn.class.getName() + ".seenAt";
    private static final Logger log = LoggerFactory.getLogger(CarryOnSignIn.class);

    private final CarriedSignIns carried;
    private final UserDetailsService accounts;
    private final Duration idleTimeout;
    private final Clock clock;
    private final SecurityContextHolderStrategy signedIn;
    private final SecurityContextRepository contexts;

    /** {@code signedIn} is the holder the security filters of this application fill, not the JVM's global one. */
    CarryOnSignIn(CarriedSignIns carried, UserDetailsService accounts, Duration idleTimeout, Clock clock, SecurityContextHolderStrategy signedIn) {
        this.carried = carried;
        this.accounts = accounts;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
        this.signedIn = signedIn;
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSecurityContextHolderStrategy(signedIn);
        this.contexts = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Authentication authentication = signedIn.getContext().getAuthentication();
        boolean person = authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
        Optional<String> token = CarriedSignInCookie.of(request);
        if (person) {
            noteSeen(request.getSession(false));
        } else if (token.isPresent()) {
            carryOn(token.get(), request, response);
        }
        chain.doFilter(request, response);
    }

    private void carryOn(String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<CarriedSignIns.CarriedSignIn> found = carried.find(token, idleTimeout);
        if (found.isEmpty()) {
            CarriedSignInCookie.takeBack(request, response);
            return;
        }
        UserDetails person;
        try {
            person = accounts.loadUserByUsername(found.get().username());
        } catch (UsernameNotFoundException gone) {
            CarriedSignInCookie.takeBack(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            // Whatever this session held before, it now belongs to a signed-in person: a new id.
            request.changeSessionId();
        } else {
            session = request.getSession(true);
        }
        session.setAttribute(SessionPolicy.SIGNED_IN_AT, found.get().signedInAt().toInstant());
        session.setAttribute(TOKEN, token);
        session.setAttribute(SEEN_AT, clock.instant());
        SecurityContext context = signedIn.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        signedIn.setContext(context);
        contexts.saveContext(context, request, response);
        carried.seen(token);
        log.debug("The sign-in of {} was carried on in a new session", person.getUsername());
    }

    private void noteSeen(HttpSession session) {
        if (session != null && session.getAttribute(TOKEN) instanceof String token) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SEEN_AT) instanceof Instant seenAt) || !seenAt.plus(CarriedSignIns.SEEN_EVERY).isAfter(now)) {
                session.setAttribute(SEEN_AT, now);
                carried.seen(token);
            }
        }
    }

    /** Signing out: no instance carries this sign-in on any more. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        CarriedSignInCookie.of(request).ifPresent(carried::forget);
        if (response != null) {
            CarriedSignInCookie.takeBack(request, response);
        }
    }
}
