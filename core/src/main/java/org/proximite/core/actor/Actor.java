package org.proximite.core.actor;

import java.util.Set;

/**
 * Who asks for a change, and what they may do. Every permission has a {@code require…} twin that
 * throws {@link NotAllowedException} with the code {@code denied.role}, {@code denied.chapter} or
 * {@code denied.language} and the role, chapter or language as parameter.
 *
 * <p>A chapter id of {@code null} means content of the site itself, in no chapter: only admins and
 * coordinators edit it.
 *
 * @param name the user's name, or the name of a process of the system ({@code chapter}, {@code system})
 * @param roles what the actor may do
 * @param chapterScopes the chapters a country editor edits (none when empty); a reviewer's, when not empty, limits what they review
 * @param languageScopes the languages a translator edits (none when empty) and a reviewer reviews (all when empty)
 * @param system true for the application itself (start-up, chapter import), which may do anything
 */
public record Actor(String name, Set<Role> roles, Set<String> chapterScopes, Set<String> languageScopes, boolean system) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        roles = Set.copyOf(roles);
        chapterScopes = Set.copyOf(chapterScopes);
        languageScopes = Set.copyOf(languageScopes);
    }

    /** A signed-in person with these roles and no scope. */
    public static Actor user(String name, Set<Role> roles) {
        return new Actor(name, roles, Set.of(), Set.of(), false);
    }

    /** A signed-in person with these roles, limited to these chapters and languages as their roles say. */
    public static Actor user(String name, Set<Role> roles, Set<String> chapterScopes, Set<String> languageScopes) {
        return new Actor(name, roles, chapterScopes, languageScopes, false);
    }

    /** The application itself, acting under this name (recorded in histories). */
    public static Actor system(String name) {
        return new Actor(name, Set.of(Role.ADMIN), Set.of(), Set.of(), true);
    }

    public boolean has(Role role) {
        return system || roles.contains(role);
    }

    /** @throws NotAllowedException when the actor lacks the role */
    public void require(Role role) {
        if (!has(role)) {
            throw new NotAllowedException(name, "denied.role", role.name());
        }
    }

    /** Admins and coordinators: every content, every language. */
    private boolean editsEverything() {
        return has(Role.ADMIN) || has(Role.COORDINATOR);
    }

    private boolean countryEditorOf(String chapterId) {
        return has(Role.COUNTRY_EDITOR) && chapterId != null && chapterScopes.contains(chapterId);
    }

    /**
     * Whether the actor may change an item's own fields (slug, themes, sources, the kind's fields),
     * create or delete items of this chapter: admins, coordinators, country editors of the chapter.
     */
    public boolean mayEdit(String chapterId) {
        return editsEverything() || countryEditorOf(chapterId);
    }

    /** @throws NotAllowedException when the actor may not edit this chapter's items */
    public void requireEditing(String chapterId) {
        if (!mayEdit(chapterId)) {
            throw has(Role.COUNTRY_EDITOR) ? deniedChapter(chapterId) : deniedRole(Role.COORDINATOR);
        }
    }

    /**
     * Whether the actor may change one language's text of an item of this chapter: admins,
     * coordinators, country editors of the chapter, translators of the language.
     */
    public boolean mayEditText(String chapterId, String language) {
        return mayEdit(chapterId) || (has(Role.TRANSLATOR) && language != null && languageScopes.contains(language));
    }

    /** @throws NotAllowedException when the actor may not edit this language's text of this chapter's items */
    public void requireEditingText(String chapterId, String language) {
        if (!mayEditText(chapterId, language)) {
            if (has(Role.TRANSLATOR)) {
                throw deniedLanguage(language);
            }
            throw has(Role.COUNTRY_EDITOR) ? deniedChapter(chapterId) : deniedRole(Role.COORDINATOR);
        }
    }

    /**
     * Whether the actor may approve, return or publish one language's text of an item of this
     * chapter: admins, coordinators, reviewers of the language (of every language when their
     * language scope is empty; of the chapters in their chapter scope when it is not empty).
     */
    public boolean mayReview(String chapterId, String language) {
        return editsEverything() || (has(Role.REVIEWER) && reviewsLanguage(language) && reviewsChapter(chapterId));
    }

    private boolean reviewsLanguage(String language) {
        return languageScopes.isEmpty() || (language != null && languageScopes.contains(language));
    }

    private boolean reviewsChapter(String chapterId) {
        return chapterScopes.isEmpty() || (chapterId != null && chapterScopes.contains(chapterId));
    }

    /** @throws NotAllowedException when the actor may not review this language's text of this chapter's items */
    public void requireReview(String chapterId, String language) {
        if (!mayReview(chapterId, language)) {
            if (!has(Role.REVIEWER)) {
                throw deniedRole(Role.REVIEWER);
            }
            throw reviewsLanguage(language) ? deniedChapter(chapterId) : deniedLanguage(language);
        }
    }

    /** Installs, upgrades, disables and removes chapters: admins. */
    public boolean mayManageChapters() {
        return has(Role.ADMIN);
    }

    /** @throws NotAllowedException when the actor may not manage chapters */
    public void requireManagingChapters() {
        require(Role.ADMIN);
    }

    /** Creates users and changes their roles, scopes, passwords and access: admins. */
    public boolean mayManageUsers() {
        return has(Role.ADMIN);
    }

    /** @throws NotAllowedException when the actor may not manage users */
    public void requireManagingUsers() {
        require(Role.ADMIN);
    }

    /** Whether the actor sees drafts: anyone signed in with a role. */
    public boolean maySeeDrafts() {
        return system || !roles.isEmpty();
    }

    private NotAllowedException deniedRole(Role role) {
        return new NotAllowedException(name, "denied.role", role.name());
    }

    private NotAllowedException deniedChapter(String chapterId) {
        return new NotAllowedException(name, "denied.chapter", chapterId == null ? "-" : chapterId);
    }

    private NotAllowedException deniedLanguage(String language) {
        return new NotAllowedException(name, "denied.language", language == null ? "-" : language);
    }
}
