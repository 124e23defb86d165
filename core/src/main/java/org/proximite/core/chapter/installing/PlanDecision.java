package org.proximite.core.chapter.installing;

import org.proximite.chapter.format.Reason;

/**
 * What a person must decide before a plan can be applied: its kind, which says how it is
 * answered, and its reason, which says why in the reader's language.
 */
public record PlanDecision(Kind kind, Reason reason) {

    public enum Kind {
        /** An older version than the installed one: answered by confirming the downgrade. */
        CONFIRM_DOWNGRADE,
        /** Fields both the site and the new version changed: answered by a choice for each. */
        SETTLE_CONFLICTS,
        /** Code that no trusted publisher signed: answered by allowing this exact jar first. */
        ALLOW_CODE,
        /** Another publisher, or other content altogether, under an installed chapter's id: answered by confirming the takeover. */
        CONFIRM_PUBLISHER_CHANGE,
        /** The installed version with other bytes: cannot be answered; the chapter needs a new version number. */
        NEW_VERSION_NEEDED
    }
}
