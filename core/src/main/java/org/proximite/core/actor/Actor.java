package org.proximite.core.actor;

import java.util.Set;

/**
 * Who asks for a change.
 *
 * @param name the user's name, or the name of a process of the system ({@code chapter}, {@code system})
 * @param roles what the actor may do
 * @param chapterScopes the chapters whose content an editor may change; empty means every chapter
 * @param system true for the application itself (start-up, chapter import), which may do anything
 */
public record Actor(String name, Set<Role> roles, Set<String> chapterScopes, boolean system) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        roles = Set.copyOf(roles);
        chapterScopes = Set.copyOf(chapterScopes);
    }

    /** A signed-in person with these roles, on every chapter. */
    public static Actor user(String name, Set<Role> roles) {
        return new Actor(name, roles, Set.of(), false);
    }

    /** The application itself, acting under this name (recorded in histories). */
    public static Actor system(String name) {
        return new Actor(name, Set.of(Role.ADMIN, Role.EDITOR), Set.of(), true);
    }

    public boolean has(Role role) {
        return system || roles.contains(role);
    }

    /** Whether the actor may change content that belongs to this chapter (null: content of the site). */
    public boolean mayEdit(String chapterId) {
        return has(Role.EDITOR) && (system || chapterScopes.isEmpty() || (chapterId != null && chapterScopes.contains(chapterId)));
    }

    /** @throws NotAllowedException when the actor lacks the role */
    public void require(Role role) {
        if (!has(role)) {
            throw new NotAllowedException(name, "denied.role", role.name());
        }
    }

    /** @throws NotAllowedException when the actor may not edit this chapter's content */
    public void requireEditing(String chapterId) {
        if (!mayEdit(chapterId)) {
            throw new NotAllowedException(name, "denied.chapter", chapterId == null ? "-" : chapterId);
        }
    }
}
