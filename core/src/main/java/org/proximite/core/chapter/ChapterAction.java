package org.proximite.core.chapter;

/** What was done, or tried, with a chapter; one per row of its history. */
public enum ChapterAction {
    INSTALL,
    UPGRADE,
    REFUSE,
    LOAD,
    ENABLE,
    DISABLE,
    UNINSTALL,
    ALLOW_CODE,
    RESTORE,
    /** A jar in the plugins folder that the database does not record was moved aside, unloaded. */
    SET_ASIDE,
    /** The chapter's state changed for another reason than an admin's action (failed, incompatible). */
    STATE
}
