package org.proximite.web.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in person of a request as the core's services check them: their name, roles and scopes. */
public final class SignedInActor {

    private SignedInActor() {}

    /** A request's principal (an authentication, for a signed-in person); no roles for anything else. */
    public static Actor of(Principal principal) {
        if (principal == null) {
            throw new IllegalStateException("No signed-in user");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (principal instanceof Authentication authentication) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null && name.startsWith("ROLE_")) {
                    roleNamed(name.substring("ROLE_".length())).ifPresent(roles::add);
                }
            }
            if (authentication.getPrincipal() instanceof Scoped scoped) {
                return Actor.user(principal.getName(), roles, scoped.chapterScopes(), scoped.languageScopes());
            }
        }
        return Actor.user(principal.getName(), roles);
    }

    private static java.util.Optional<Role> roleNamed(String name) {
        return java.util.Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /** A principal that knows the chapters and languages its person works on. */
    public interface Scoped {
        Set<String> chapterScopes();

        Set<String> languageScopes();
    }
}
