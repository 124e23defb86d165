package org.proximite.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Notes in the session when its person signed in (the session may be older: Spring keeps it and
 * changes its id), for {@link SessionPolicy}'s checks.
 */
@Component
class SignInRecorder {

    private final Clock clock;

    SignInRecorder(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getSession().setAttribute(SessionPolicy.SIGNED_IN_AT, clock.instant());
        }
    }
}
