package org.proximite.web.editing;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.web.security.Roles;
import org.springframework.stereotype.Component;

/** Whether the current user may edit content; the views themselves are guarded by their roles. */
@Component
public class EditorAccess {

    private final AuthenticationContext authentication;

    public EditorAccess(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public boolean canEdit() {
        return authentication.hasRole(Roles.EDITOR);
    }

    public boolean isAdmin() {
        return authentication.hasRole(Roles.ADMIN);
    }

    /** The signed-in person as the core's services check them. */
    public Actor actor() {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        if (authentication.hasRole(Roles.EDITOR)) {
            roles.add(Role.EDITOR);
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            roles.add(Role.ADMIN);
        }
        return Actor.user(userName(), roles);
    }

    public String userName() {
        return authentication.getPrincipalName().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
