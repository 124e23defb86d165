package org.proximite.core.outbox;

/** What a change did; the outbox records it with the item, language and version concerned. */
public enum ChangeKind {
    /** A practice or initiative was created. */
    ITEM_CREATED,
    /** Fields of an item that are not per language changed (themes, evidence level, dates...). */
    ITEM_CHANGED,
    /** An item was deleted. */
    ITEM_DELETED,
    /** An item was archived (hidden from readers, kept for editors). */
    ITEM_ARCHIVED,
    /** The text of one language of an item was saved. */
    TEXT_SAVED,
    /** The text of one language of an item was deleted. */
    TEXT_DELETED,
    /** A text was sent to review. */
    TEXT_SUBMITTED,
    /** A reviewer sent a text back to its writers, with a comment. */
    TEXT_RETURNED,
    /** A text's version became the one readers see. */
    TEXT_PUBLISHED,
    /** A text was withdrawn from readers. */
    TEXT_ARCHIVED,
    /** A text withdrawn or published went back to draft. */
    TEXT_REOPENED,
    /** A translator or reviewer confirmed that a translation still says what its source says. */
    TEXT_REVIEWED,
    /**
     * A country editor of a chapter confirmed that its adaptation of another chapter's practice, in
     * one language, still holds after that practice changed: the practice's slug, the language, the
     * practice's version it now stands on, and the adapting chapter.
     */
    ADAPTATION_REVIEWED,
    CHAPTER_INSTALLED,
    CHAPTER_UPGRADED,
    CHAPTER_DISABLED,
    CHAPTER_ENABLED,
    CHAPTER_REMOVED,
    /** A chapter's state changed for another reason (failed, incompatible). */
    CHAPTER_STATE_CHANGED,
    /** An edition's files were stored: it can be downloaded (item key: the edition's key; no item kind). */
    EDITION_READY,
    /**
     * A bundle replaced the data of every table (no item): whatever an instance keeps from the
     * database (caches, search index, running chapters) is to be read again from it. The events
     * before it are the bundle's own history.
     */
    BUNDLE_IMPORTED,
    /** An account was created (invited, or the first admin set up); the item key is its user name. */
    USER_CREATED,
    /** An account's roles, scopes or password changed, or it was enabled again. */
    USER_CHANGED,
    /** An account was disabled: its sessions end on every instance. */
    USER_DISABLED,
    /** Someone signed in; the item key is the user name. */
    LOGIN_SUCCEEDED,
    /** A sign-in was refused (wrong name or password, or slowed down); the item key is the name typed. */
    LOGIN_FAILED
}
