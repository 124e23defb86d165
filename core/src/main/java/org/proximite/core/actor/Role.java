package org.proximite.core.actor;

/** What a person may do; the web layer maps its signed-in users' roles to these. */
public enum Role {
    /** Manages chapters, users and settings; may also do everything a coordinator may. */
    ADMIN,
    /** Edits all content in every language, reviews and publishes. */
    COORDINATOR,
    /** Reviews and publishes the texts of the languages in scope (every language when the scope is empty). */
    REVIEWER,
    /** Edits the content and adaptations of the chapters in scope only; submits for review, does not publish. */
    COUNTRY_EDITOR,
    /** Edits the texts of the languages in scope only, in any chapter's items; submits for review, does not publish. */
    TRANSLATOR
}
