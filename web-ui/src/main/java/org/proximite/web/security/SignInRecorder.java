package org.proximite.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.proximite.core.account.CarriedSignIns;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Notes in the session when its person signed in (the session may be older: Spring keeps it and
 * changes its id), for {@link SessionPolicy}'s checks; and keeps the sign-in in the database with
 * its token in the browser, so that another instance can carry it on ({@link CarryOnSignIn}).
 */
@Component
class SignInRecorder {

    private final Clock clock;
    private final CarriedSignIns carried;
    private final SignInSettings settings;

    SignInRecorder(Clock clock, CarriedSignIns carried, SignInSettings settings) {
        this.clock = clock;
        this.carried = carried;
        this.settings = settings;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            Instant now = clock.instant();
            request.getSession().setAttribute(SessionPolicy.SIGNED_IN_AT, now);
            carried.keep(event.getAuthentication().getName(), now.atOffset(ZoneOffset.UTC), settings.absoluteTimeout()).ifPresent(token -> {
                request.getSession().setAttribute(CarryOnSignIn.TOKEN, token);
                if (attributes.getResponse() != null) {
                    CarriedSignInCookie.give(request, attributes.getResponse(), token);
                }
            });
        }
    }
}
