package org.proximite.web.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in person of a request as the core's services check them: their name and roles. */
public final class SignedInActor {

    private SignedInActor() {}

    /** A request's principal (an authentication, for a signed-in person); no roles for anything else. */
    public static Actor of(Principal principal) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (principal instanceof Authentication authentication) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                switch (authority.getAuthority()) {
                    case "ROLE_" + Roles.ADMIN -> roles.add(Role.ADMIN);
                    case "ROLE_" + Roles.EDITOR -> roles.add(Role.EDITOR);
                    default -> { }
                }
            }
        }
        return Actor.user(principal.getName(), roles);
    }
}
