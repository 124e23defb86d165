package org.proximite.web.editing;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.proximite.core.actor.Actor;
import org.proximite.web.security.Roles;
import org.proximite.web.security.SignedInActor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * What the current user may see and try in the views; the views themselves are guarded by their
 * roles, and the core's services check every change again.
 */
@Component
public class EditorAccess {

    private final AuthenticationContext authentication;
    private final SecurityContextHolderStrategy signedIn;

    /** {@code signedIn}: who is signed in, as this application's security holds it (not the JVM's global holder). */
    public EditorAccess(AuthenticationContext authentication, SecurityContextHolderStrategy signedIn) {
        this.authentication = authentication;
        this.signedIn = signedIn;
    }

    /** Anyone with a role: they see drafts and may open the editor (what they may change is checked per field). */
    public boolean canEdit() {
        return authentication.hasAnyRole(Roles.all());
    }

    public boolean isAdmin() {
        return authentication.hasRole(Roles.ADMIN);
    }

    /** The signed-in person as the core's services check them. */
    public Actor actor() {
        return SignedInActor.of(signedIn.getContext().getAuthentication());
    }

    public String userName() {
        return authentication.getPrincipalName().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
